// Runs before first paint. Marks the page as scripted, so controls that need JavaScript (.js-only) are laid out
// from the first frame rather than appearing later and pushing the page down; and applies a stored theme choice,
// without which the site follows the system setting.
document.documentElement.classList.add('js');
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (e) {}
