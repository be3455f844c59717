import { roundToStep } from '../allocate';

/** A score to 2 decimals, so float noise (116.99999…%) never splits a tie or misses a threshold. */
export function hundredths(x: number): number {
  return roundToStep(x, 0.01);
}
