package org.doorman.app.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which webhook addresses Doorman posts to: none on loopback, link-local (with the cloud metadata address
 * 169.254.169.254), private, shared (100.64.0.0/10), unique-local, multicast or unspecified addresses, unless
 * {@code doorman.webhooks.allow-private=true}. A name is judged by every address it resolves to. It is checked when
 * the hook is registered, and the delivering client resolves every host it connects to through {@link #allowed}, so
 * a name that later points inside (DNS rebinding) is refused at connect time, before any connection is made.
 */
@Component
class WebhookAddressPolicy {

    /** How a host name becomes addresses: the system's resolver, or a fixed answer in tests. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /** A host Doorman does not post to; thrown where a name is resolved, so that no connection is made. */
    static final class RefusedHost extends UnknownHostException {
        RefusedHost(String why) {
            super(why);
        }
    }

    private static final Set<String> METADATA_NAMES = Set.of(
            "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal");

    private final boolean allowPrivate;
    private final Lookup lookup;

    @Autowired
    WebhookAddressPolicy(WebhookSettings settings) {
        this(settings.allowPrivate(), InetAddress::getAllByName);
    }

    WebhookAddressPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookAddressPolicy(boolean allowPrivate, Lookup lookup) {
        this.allowPrivate = allowPrivate;
        this.lookup = lookup;
    }

    /**
     * Why Doorman will not post to this URL's host, if it will not. A name that does not resolve now is not refused
     * here (its delivery fails and is retried).
     */
    Optional<String> refusal(URI url) {
        if (allowPrivate || url.getHost() == null) {
            return Optional.empty();
        }
        try {
            allowed(url.getHost());
            return Optional.empty();
        } catch (RefusedHost e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The addresses of {@code host} Doorman may connect to: every address it resolves to now, or none at all (a
     * {@link RefusedHost}) when it is a known internal name or one of its addresses is internal.
     */
    InetAddress[] allowed(String host) throws UnknownHostException {
        String name = bare(host);
        if (allowPrivate) {
            return lookup.addresses(name);
        }
        if (internalName(name)) {
            throw new RefusedHost("'" + name + "' is an internal address");
        }
        InetAddress[] addresses = lookup.addresses(name);
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new RefusedHost("'" + name + "' is an internal address (" + address.getHostAddress() + ")");
            }
        }
        return addresses;
    }

    private static String bare(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }

    private static boolean internalName(String host) {
        return METADATA_NAMES.contains(host) || host.equals("localhost") || host.endsWith(".localhost");
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // this network
                    || (first == 100 && second >= 64 && second < 128) // shared address space (carrier NAT)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}
