// @ts-check
/** Which client a request counts against for rate limiting: its address, or its /64 for IPv6. */
import { isIPv6 } from 'node:net';

/**
 * One IPv6 customer usually gets a whole /64 (or more) and can pick any address in it, so an
 * address alone would give one attacker 2^64 separate quotas. IPv4-mapped addresses
 * (`::ffff:192.0.2.1`, what a dual-stack socket reports) count as the IPv4 address.
 * @param {string} address the socket's remote address
 * @returns {string}
 */
export function clientKey(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expand(address.split('%')[0]).slice(0, 4).join(':')}::/64`;
}

/** The 8 groups of an IPv6 address, '::' filled in, each without leading zeros. @param {string} address */
function expand(address) {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) is two groups; only the first four matter here.
  const fill = tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...fill, ...right].map((group) => (/^[\da-f]+$/i.test(group) ? parseInt(group, 16).toString(16) : group));
}
