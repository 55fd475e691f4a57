// Registers both elements, and brings in the package's global typings (HTMLElementTagNameMap,
// GlobalEventHandlersEventMap) that the template type-checker reads for $event.
import 'passkey-elements';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';

// Zoneless (Angular 21's default): no zone.js; the app's signals drive change detection.
bootstrapApplication(App).catch((error: unknown) => console.error(error));
