// The elements' docs tables, from the custom-elements manifest. Storybook's own reader keys rows
// by bare name, so the `username` slot hid the `username` attribute; here each category has its
// own keys, an attribute row names its property twin, and only the attributes the stories
// render get a control.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  kind?: string;
  static?: boolean;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  parameters?: { name: string; default?: string }[];
}

interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** Attributes the stories bind: they get a text control. */
const EDITABLE = new Set(['username', 'display-name', 'button-label']);

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** `manifest`: custom-elements.json as imported (its inferred JSON type is not the schema's). */
export function declarationOf(manifest: unknown, tag: string): Declaration | undefined {
  return (manifest as Manifest).modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

function row(category: string, item: Item, extra: Record<string, unknown> = {}) {
  return {
    name: item.name,
    description: item.description ?? '',
    table: {
      category,
      type: item.type ? { summary: item.type.text.replace(/ \| undefined$/, '') } : undefined,
      defaultValue: item.default ? { summary: item.default } : undefined,
    },
    control: false as const,
    ...extra,
  };
}

export function argTypesFromManifest(manifest: unknown, tag: string): ArgTypes {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const description = `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`;
    argTypes[attribute.name] = row('attributes', { ...attribute, description }, EDITABLE.has(attribute.name) ? { control: { type: 'text' } } : {});
  }
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !member.static && !member.attribute) {
      argTypes[member.name] = row('properties', member, member.name === 'messages' ? { control: { type: 'object' } } : {});
    }
    if (member.kind === 'method' && member.static) {
      const parameters = (member.parameters ?? []).map((p) => `${p.name}${p.default ? ` = ${p.default}` : ''}`).join(', ');
      // `define` has no doc comment of its own in the sources yet.
      const description = member.description ?? (member.name === 'define' ? `Registers the element under \`tag\` (once; another tag gets a subclass).` : '');
      argTypes[`static:${member.name}`] = row('static methods', { ...member, description, name: `${member.name}(${parameters})` });
    }
  }
  for (const event of declaration.events ?? []) {
    const key = `on${camel(`-${event.name}`)}`;
    argTypes[key] = row('events', { ...event, type: { text: 'CustomEvent' } }, { action: event.name });
  }
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = row('slots', { ...slot, name: slot.name || '(default)' });
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row('css shadow parts', part);
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = row('css custom properties', property);
  return argTypes;
}
