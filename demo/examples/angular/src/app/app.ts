import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { PasskeyErrorCode, PasskeySuccessEvent } from 'passkey-elements';

type User = { username: string };

@Component({
  selector: 'app-root',
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Lets the template use <passkey-register> and <passkey-login> and bind their properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class App {
  protected readonly user = signal<User | null | undefined>(undefined);
  protected readonly problem = signal('');

  constructor() {
    void this.refresh();
  }

  protected async refresh(): Promise<void> {
    try {
      const reply = await fetch('/passkeys/session');
      this.user.set(((await reply.json()) as { user: User | null }).user);
    } catch {
      this.problem.set('Could not reach the server.');
    }
  }

  protected async logOut(): Promise<void> {
    await fetch('/passkeys/logout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    await this.refresh();
  }

  // With strictTemplates, $event on (passkey-*) is typed from the package's
  // GlobalEventHandlersEventMap entries: PasskeySuccessEvent here, and in the template
  // `$event.detail.error.code` is a PasskeyErrorCode (a typo there fails the build).
  protected onSignedIn(event: PasskeySuccessEvent): void {
    console.info('passkey ceremony verified:', event.type);
    void this.refresh();
  }

  protected logError(code: PasskeyErrorCode): void {
    console.info('passkey error:', code);
  }
}
