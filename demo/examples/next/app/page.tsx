import { Account } from './account';

// Server-rendered on each request (not prerendered): the HTML already holds both elements and
// their username fields.
export const dynamic = 'force-dynamic';

export default function Page() {
  return <Account />;
}
