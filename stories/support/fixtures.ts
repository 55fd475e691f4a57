// What the stories of both elements share.

/** An account that already has a passkey in the mock backend (its id is base64url). */
export const ADA = { username: 'ada', id: 'YWRhLXBhc3NrZXk' };

/** The sentence each simulated story's docs end with. */
export const simulated = (what: string) => `Simulated: ${what}. The backend is the in-browser mock.`;
