/** How many of the latest messages travel from the page to the panel (kept zod-free for the content script). */
export const MAX_DTO_MESSAGES = 200;
