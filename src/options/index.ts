/** Options page entry. (Skeleton; issue 7 builds the glossary manager and settings.) */
export {};
