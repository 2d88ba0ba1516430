/**
 * The private-address guard (`fetch.allow_private_addresses: false`): which addresses a
 * planet refuses to connect to, so a feed URL cannot reach the machine's own network.
 */
import { BlockList, isIP } from "node:net";

/** Ranges that are not the public internet: https://www.iana.org/assignments/iana-ipv4-special-registry */
const blocked = new BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, home of cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const) {
  blocked.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["64:ff9b::", 96], // NAT64 can reach private IPv4 addresses
] as const) {
  blocked.addSubnet(prefix, bits, "ipv6");
}

/** True for loopback, private, link-local, CGNAT, unique-local and other non-public addresses. */
export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, "");
  const family = isIP(plain);
  if (family === 0) return false;
  // BlockList matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 rules.
  return blocked.check(plain, family === 4 ? "ipv4" : "ipv6");
}

/** The host of a URL as an IP address, or null when it is a name. */
export function ipLiteral(hostname: string): string | null {
  const plain = hostname.replace(/^\[|\]$/g, "");
  return isIP(plain) === 0 ? null : plain;
}

/** The plain-words refusal for a private address. */
export function privateAddressReason(address: string, hostname: string | null): string {
  const subject =
    hostname && hostname !== address ? `${hostname} resolves to ${address}, which` : address;
  return `refused: ${subject} is a private address (fetch.allow_private_addresses is false)`;
}

/** The code of the error a refused address raises inside undici, so the reason survives. */
export const REFUSED_CODE = "ERR_ORRERY_REFUSED_ADDRESS";

/** An error carrying the plain-words refusal. */
export function refusal(address: string, hostname: string | null): Error {
  return Object.assign(new Error(privateAddressReason(address, hostname)), { code: REFUSED_CODE });
}
