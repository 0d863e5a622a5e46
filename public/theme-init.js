// Before first paint: marks the page as scripted, so .js-only controls never shift it in, and applies a stored theme (else the system's).
document.documentElement.classList.add('js');
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (e) {}
