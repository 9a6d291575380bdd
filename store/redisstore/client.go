package redisstore

import (
	"errors"
	neturl "net/url"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Making a go-redis client for any of the addresses WEGWIJZER_REDIS_URL accepts.

// Timeouts tune a client made by NewClient; zero fields keep go-redis's defaults.
type Timeouts struct {
	Dial, Read, Write time.Duration
	MaxRetries        int // 0 = default; -1 = none
}

// NewClient makes a client for a Redis address in any of the forms WEGWIJZER_REDIS_URL accepts: redis://host/db,
// redis://...?master_name=m (Sentinel), redis://...?addr=a&addr=b (Cluster), or host:port[,host:port...] (a
// single server or a Cluster). It does not connect. Context deadlines are honoured.
func NewClient(raw string, t Timeouts) (redis.UniversalClient, error) {
	if !strings.Contains(raw, "://") {
		var addrs []string
		for a := range strings.SplitSeq(raw, ",") {
			if a = strings.TrimSpace(a); a != "" {
				addrs = append(addrs, a)
			}
		}
		if len(addrs) == 0 {
			return nil, errors.New("no Redis address")
		}
		if len(addrs) > 1 {
			return newCluster(&redis.ClusterOptions{Addrs: addrs, ContextTimeoutEnabled: true,
				DialTimeout: t.Dial, ReadTimeout: t.Read, WriteTimeout: t.Write, MaxRetries: t.MaxRetries}), nil
		}
		return redis.NewUniversalClient(&redis.UniversalOptions{Addrs: addrs, ContextTimeoutEnabled: true,
			DialTimeout: t.Dial, ReadTimeout: t.Read, WriteTimeout: t.Write, MaxRetries: t.MaxRetries}), nil
	}
	u, err := neturl.Parse(raw)
	if err != nil {
		return nil, err
	}
	switch q := u.Query(); {
	case q.Has("master_name"):
		o, err := redis.ParseFailoverURL(raw)
		if err != nil {
			return nil, err
		}
		o.ContextTimeoutEnabled = true
		o.DialTimeout, o.ReadTimeout, o.WriteTimeout, o.MaxRetries = orDur(t.Dial, o.DialTimeout), orDur(t.Read, o.ReadTimeout), orDur(t.Write, o.WriteTimeout), orInt(t.MaxRetries, o.MaxRetries)
		return redis.NewFailoverClient(o), nil
	case q.Has("addr"):
		o, err := redis.ParseClusterURL(raw)
		if err != nil {
			return nil, err
		}
		o.ContextTimeoutEnabled = true
		o.DialTimeout, o.ReadTimeout, o.WriteTimeout, o.MaxRetries = orDur(t.Dial, o.DialTimeout), orDur(t.Read, o.ReadTimeout), orDur(t.Write, o.WriteTimeout), orInt(t.MaxRetries, o.MaxRetries)
		return newCluster(o), nil
	default:
		o, err := redis.ParseURL(raw)
		if err != nil {
			return nil, err
		}
		o.ContextTimeoutEnabled = true
		o.DialTimeout, o.ReadTimeout, o.WriteTimeout, o.MaxRetries = orDur(t.Dial, o.DialTimeout), orDur(t.Read, o.ReadTimeout), orDur(t.Write, o.WriteTimeout), orInt(t.MaxRetries, o.MaxRetries)
		return redis.NewClient(o), nil
	}
}

func orDur(v, def time.Duration) time.Duration {
	if v != 0 {
		return v
	}
	return def
}

func orInt(v, def int) int {
	if v != 0 {
		return v
	}
	return def
}

// redactURL drops the user information (a password) from a URL for error messages.
func redactURL(url string) string {
	scheme, rest, ok := strings.Cut(url, "://")
	if !ok {
		return url
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		rest = "xxxxx@" + rest[at+1:]
	}
	return scheme + "://" + rest
}
