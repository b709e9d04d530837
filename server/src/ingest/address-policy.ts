import { type LookupAddress, type LookupOptions, lookup } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

const RANGE_NAMES: Readonly<Record<string, string>> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  linkLocal: 'a link-local address (where cloud metadata services live)',
  uniqueLocal: 'a private network address',
  carrierGradeNat: 'a carrier-grade NAT address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

/** The connect-time refusal, told apart from an unreachable host by the fetcher. */
export class AddressRefusedError extends Error {}

/**
 * Which addresses feed imports may connect to: public unicast ones, plus any the operator allows
 * explicitly (an intranet, or 127.0.0.1 for the tests' fixture server). Loopback, private,
 * link-local and other special ranges are refused, so a source URL cannot reach inside the network.
 */
export class AddressPolicy {
  private readonly allowed: Cidr[];

  constructor(allowedCidrs: readonly string[] = []) {
    this.allowed = allowedCidrs.map((entry) =>
      entry.includes('/') ? ipaddr.parseCIDR(entry) : ([ipaddr.process(entry), entry.includes(':') ? 128 : 32] as Cidr),
    );
  }

  /** Null when the address may be reached; otherwise why not, in words. */
  refusalOf(address: string): string | null {
    if (!ipaddr.isValid(address)) return 'not an IP address';
    const parsed = ipaddr.process(address);
    if (this.allowed.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))) return null;
    const range = parsed.range();
    if (range === 'unicast') return null;
    return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
  }

  /** Checks a URL's host when it is an address itself, which connecting would not look up. */
  checkLiteralHost(hostname: string): void {
    const host = hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) === 0) return;
    const refusal = this.refusalOf(host);
    if (refusal) throw new AddressRefusedError(`${host} is ${refusal}; feeds are only fetched from public addresses.`);
  }

  /** A DNS lookup for sockets that refuses a name resolving to any address this policy does not permit. */
  readonly lookup = (
    hostname: string,
    options: LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      for (const { address } of addresses) {
        const refusal = this.refusalOf(address);
        if (refusal) {
          const refused = new AddressRefusedError(
            `${hostname} resolves to ${address}, ${refusal}; feeds are only fetched from public addresses.`,
          );
          return callback(refused, '');
        }
      }
      const [first] = addresses;
      if (options.all) return callback(null, addresses);
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}
