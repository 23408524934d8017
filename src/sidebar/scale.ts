import { HIGHEST_RATING, LOWEST_RATING } from '../inventory/rating';
import { RATING_COLOURS } from '../inventory/styles';

/** The sheet's colour of a rating; an average takes its rounded rating's. */
export function ratingColour(rating: number | null): string | null {
  if (rating === null || !Number.isFinite(rating)) return null;
  const whole = Math.min(
    HIGHEST_RATING,
    Math.max(LOWEST_RATING, Math.round(rating)),
  );
  return RATING_COLOURS[whole - LOWEST_RATING] ?? null;
}

/** How far along the 0-5 scale a bar reaches, in percent. */
export function barPercent(average: number): number {
  const share = average / HIGHEST_RATING;
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
