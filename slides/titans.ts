/** The paper the Titans slides (section 8) follow, cited on each of them. */
export const TITANS_CITATION = 'Behrouz, Zhong, Mirrokni: „Titans: Learning to Memorize at Test Time“, arXiv 2501.00663 (2024)';
