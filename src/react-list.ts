// React: `<PasskeyList onPasskeyListChange={...} />` for the account page, in an entry of its own
// so that sign-in pages importing `passkey-elements/react` do not load the list.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { LowercaseEventProps, PasskeyErrorEvent, PasskeyListEventMap, PasskeyListProps } from './element-types.js';
import { PasskeyList as PasskeyListElement, type PasskeyListChange } from './elements/passkey-list.js';
import './passkey-list.js';

const Component = createComponent({
  react: React,
  tagName: 'passkey-list',
  elementClass: PasskeyListElement,
  events: {
    onPasskeyListChange: 'passkey-list-change' as EventName<CustomEvent<PasskeyListChange>>,
    onPasskeyListError: 'passkey-list-error' as EventName<PasskeyErrorEvent>,
  },
  displayName: 'PasskeyList',
});

type Props = React.ComponentProps<typeof Component>;

/**
 * `<passkey-list>` as a React component; events as `onPasskeyListChange`, `onPasskeyListError`.
 * Rendered with `defer-hydration`, which @lit/react removes once React has hydrated and the event
 * props listen: server-rendered, the element asks for nothing before then.
 */
export const PasskeyList = React.forwardRef<PasskeyListElement, Props>((props, ref) =>
  React.createElement(Component as React.ElementType, { ...props, ref, 'defer-hydration': '' }),
);
PasskeyList.displayName = 'PasskeyList';

export type { PasskeyListChange } from './elements/passkey-list.js';
export type { PasskeyErrorEvent } from './element-types.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      /** The plain tag in React 19: properties, kebab-case attributes, `onpasskey-list-change` events. */
      'passkey-list': React.DetailedHTMLProps<React.HTMLAttributes<PasskeyListElement>, PasskeyListElement> &
        PasskeyListProps &
        LowercaseEventProps<PasskeyListEventMap> & { class?: string };
    }
  }
}
