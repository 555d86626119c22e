/** Text searched for with $ilike, its %, _ and \ taken literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)
