// A spy on the WebAuthn Signal API: records each call, then makes the real one (Chromium 156 has
// the three methods; a test that needs them fails at once where they are missing).

const methods = ['signalUnknownCredential', 'signalAllAcceptedCredentials', 'signalCurrentUserDetails'] as const;
type Method = (typeof methods)[number];

export interface SignalSpy {
  calls: [Method, unknown][];
  /** The arguments of each call of `method`, in order. */
  of(method: Method): unknown[];
  restore(): void;
}

export function spySignals(): SignalSpy {
  const target = PublicKeyCredential as unknown as Record<Method, (details: unknown) => Promise<void>>;
  const calls: [Method, unknown][] = [];
  const originals = methods.map((method) => Object.getOwnPropertyDescriptor(target, method));
  for (const method of methods) {
    const real = target[method];
    if (typeof real !== 'function') throw new Error(`this browser has no PublicKeyCredential.${method}`);
    Object.defineProperty(target, method, {
      configurable: true,
      writable: true,
      value: (details: unknown) => {
        calls.push([method, structuredClone(details)]);
        return real.call(PublicKeyCredential, details);
      },
    });
  }
  return {
    calls,
    of: (method) => calls.filter(([name]) => name === method).map(([, details]) => details),
    restore: () => methods.forEach((method, i) => Object.defineProperty(target, method, originals[i]!)),
  };
}
