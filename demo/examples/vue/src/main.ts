import { createApp } from 'vue';
// Registers both elements and types them in templates.
import 'passkey-elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
