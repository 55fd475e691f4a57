// SvelteKit's ambient types; this app adds none.
export {};
