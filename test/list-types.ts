// Type checks only (`tsc -p tsconfig.json` in npm test compiles this file; nothing runs it): the
// frameworks' typings of <passkey-list>. Each @ts-expect-error must be an error, or tsc fails.
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { JSX } from 'react';
import type { PasskeyListChangeEvent } from '../src/element-types.js';
import '../src/react-list.js';
import '../src/svelte.js';
import '../src/vue.js';

const onChange = (event: PasskeyListChangeEvent) => event.detail.action satisfies 'add' | 'rename' | 'remove';

export const react: JSX.IntrinsicElements['passkey-list'] = { 'base-url': '/passkeys', 'onpasskey-list-change': onChange };
// @ts-expect-error timeout is a number of milliseconds
export const reactWrong: JSX.IntrinsicElements['passkey-list'] = { timeout: {} };

export const svelte: SvelteHTMLElements['passkey-list'] = { 'credentials-url': '/me/passkeys', 'user-id': 'aGFuZGxl', 'onpasskey-list-change': onChange };
// @ts-expect-error an unknown action has no listener type
export const svelteWrong: SvelteHTMLElements['passkey-list'] = { 'onpasskey-list-change': (event: CustomEvent<number>) => event };

type VueList = InstanceType<GlobalComponents['passkey-list']>;
export const vue: VueList['$props'] = { baseUrl: '/passkeys', 'defer-hydration': '' };
// @ts-expect-error credentials is a fetch credentials mode
export const vueWrong: VueList['$props'] = { credentials: 'sometimes' };
