// Package ratelimit limits how often one client may do something (open a conversation, send a turn, try a
// login): a token bucket per key, refilled at a steady rate. It also finds the client's address behind the
// proxies the operator trusts, so that a forged X-Forwarded-For cannot pick another bucket.
package ratelimit

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Limit is a number of events per period, with a burst of the same number.
type Limit struct {
	N      int
	Period time.Duration
}

// Off reports whether the limit lets everything through.
func (l Limit) Off() bool { return l.N <= 0 || l.Period <= 0 }

func (l Limit) String() string {
	if l.Off() {
		return "off"
	}
	return strconv.Itoa(l.N) + "/" + l.Period.String()
}

// ParseLimit reads "60/1m" (60 per minute), "5/1s", or "off".
func ParseLimit(s string) (Limit, error) {
	s = strings.TrimSpace(s)
	if s == "off" || s == "0" {
		return Limit{}, nil
	}
	n, per, ok := strings.Cut(s, "/")
	count, err := strconv.Atoi(n)
	if !ok || err != nil || count <= 0 {
		return Limit{}, fmt.Errorf("rate limit %q: want a count and a period, such as 60/1m, or off", s)
	}
	d, err := time.ParseDuration(per)
	if err != nil || d <= 0 {
		return Limit{}, fmt.Errorf("rate limit %q: want a count and a period, such as 60/1m, or off", s)
	}
	return Limit{N: count, Period: d}, nil
}

// Decision is the answer of Allow.
type Decision struct {
	OK         bool
	RetryAfter time.Duration // when refused: how long until one more is allowed
	// FirstRefusal is true for the first refusal after an allowed event: log that one, not every refusal.
	FirstRefusal bool
}

// RetryAfterSeconds is RetryAfter for the Retry-After header: whole seconds, at least 1.
func (d Decision) RetryAfterSeconds() string {
	return strconv.Itoa(max(1, int(math.Ceil(d.RetryAfter.Seconds()))))
}

// Limiter is a token bucket per key. A nil *Limiter allows everything. It is safe for concurrent use.
type Limiter struct {
	limit   Limit
	now     func() time.Time
	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens  float64
	last    time.Time
	refused bool
}

// New returns a limiter, or nil (allow everything) when the limit is off. now may be nil (time.Now).
func New(l Limit, now func() time.Time) *Limiter {
	if l.Off() {
		return nil
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{limit: l, now: now, buckets: map[string]*bucket{}}
}

// Allow takes one token from the key's bucket.
func (l *Limiter) Allow(key string) Decision { return l.take(key, 1) }

// Peek reports whether Allow would allow the key now, without taking a token: for limits that count failures
// (wrong logins) but refuse every attempt while the bucket is empty.
func (l *Limiter) Peek(key string) Decision { return l.take(key, 0) }

func (l *Limiter) take(key string, n float64) Decision {
	if l == nil {
		return Decision{OK: true}
	}
	now := l.now()
	rate := float64(l.limit.N) / l.limit.Period.Seconds() // tokens per second
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: float64(l.limit.N), last: now}
		l.buckets[key] = b
	}
	b.tokens = min(float64(l.limit.N), b.tokens+now.Sub(b.last).Seconds()*rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens -= n
		if n > 0 {
			b.refused = false
		}
		return Decision{OK: true}
	}
	first := !b.refused && n > 0
	if n > 0 {
		b.refused = true
	}
	wait := time.Duration((1 - b.tokens) / rate * float64(time.Second))
	return Decision{RetryAfter: wait, FirstRefusal: first}
}

// sweep forgets buckets that have filled up again, at most once a period, so that the map does not grow with
// every address ever seen. The caller holds mu.
func (l *Limiter) sweep(now time.Time) {
	if now.Sub(l.swept) < l.limit.Period {
		return
	}
	l.swept = now
	for k, b := range l.buckets {
		if now.Sub(b.last) >= l.limit.Period {
			delete(l.buckets, k)
		}
	}
}

// ParseProxies reads a comma-separated list of addresses and CIDR ranges ("10.0.0.0/8, 192.168.1.5").
func ParseProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: want an address or a CIDR range", f)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// ClientIP returns the address of the client: the connection's peer, or, when that peer is a trusted proxy, the
// last address in X-Forwarded-For that is not a trusted proxy (the ones before it could be forged by the client).
func ClientIP(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	peer = peer.Unmap()
	if !isTrusted(peer, trusted) {
		return peer.String()
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // a hop that is no address: trust nothing before it
		}
		a = a.Unmap()
		if !isTrusted(a, trusted) {
			return a.String()
		}
		peer = a
	}
	return peer.String()
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// Coarse returns the address with its host part cut off (IPv4 /24, IPv6 /48), for log lines: enough to tell a
// proxy or a network apart, not a person.
func Coarse(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return "?"
	}
	bits := 24
	if a.Is6() {
		bits = 48
	}
	p, _ := a.Prefix(bits)
	return p.String()
}
