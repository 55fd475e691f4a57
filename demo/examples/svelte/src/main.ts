import { mount } from 'svelte';
// Registers both elements and types them in markup.
import 'passkey-elements/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
