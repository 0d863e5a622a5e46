import type { APIRoute } from 'astro';
import { siteData } from '../../data/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { trialCsvColumns, trialCsvRows } from '../../lib/data-export.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  return new Response(toCsv(trialCsvColumns, trialCsvRows(data.trials)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
