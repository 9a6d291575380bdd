// Package redislog is the production demand log: Redis Streams. Each event is an entry (XADD) of an events
// stream; its scrubbed text is an entry of a separate text stream that is trimmed by age (MINID), so that the
// text goes after the retention while the event stays for the statistics. All keys share one hash tag, so the log
// lives on one shard of a Redis Cluster and its scripts may touch several keys.
package redislog

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
)

// Options configure a Log. The zero value is the default.
type Options struct {
	// Prefix of the keys; "" = "wegwijzer:demand". Keys are {Prefix}:events, {Prefix}:text, ...
	Prefix string
	// TextRetention trims the text stream on every append to entries younger than this (approximately, as
	// Redis trims whole nodes); 0 = trim only in ExpireText.
	TextRetention time.Duration
	// DedupeWindow is how long an event id is remembered after the event's day, so that a replay finds it;
	// 0 = 30 days. A spool replayed later than that may add an event twice.
	DedupeWindow time.Duration
}

// Log is a wegwijzer.DemandLog and wegwijzer.ReviewStore in Redis. It is safe for concurrent use by any number
// of processes.
type Log struct {
	rdb  redis.UniversalClient
	opts Options
	tag  string
	now  func() time.Time
}

var (
	_ wegwijzer.DemandLog   = (*Log)(nil)
	_ wegwijzer.ReviewStore = (*Log)(nil)
)

// New returns a log on the client. It does not contact Redis.
func New(rdb redis.UniversalClient, opts Options) *Log {
	if opts.Prefix == "" {
		opts.Prefix = "wegwijzer:demand"
	}
	if opts.DedupeWindow <= 0 {
		opts.DedupeWindow = 30 * 24 * time.Hour
	}
	return &Log{rdb: rdb, opts: opts, tag: "{" + opts.Prefix + "}", now: time.Now}
}

func (l *Log) key(parts ...string) string {
	k := l.tag
	for _, p := range parts {
		k += ":" + p
	}
	return k
}

// appendScript adds each event whose id is not yet in its day's seen set. KEYS: events, text, then per event its
// seen set and its person set. ARGV: the text stream's MINID ("" = no trimming), then per event id, event JSON,
// text, expiry (Unix seconds) of the seen set. An event is marked seen only after it was written: should a write
// fail halfway through the script, the event is not marked and a replay writes it (and Scan skips a repeated id).
var appendScript = redis.NewScript(`
local minid = ARGV[1]
local added = 0
for i = 1, (#KEYS - 2) / 2 do
  local seen, person = KEYS[1 + 2 * i], KEYS[2 + 2 * i]
  local a = 1 + 4 * (i - 1)
  local id, ev, text, exp = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
  if redis.call('SISMEMBER', seen, id) == 0 then
    local sid = redis.call('XADD', KEYS[1], '*', 'id', id, 'e', ev)
    redis.call('SADD', person, 'e:' .. sid)
    if text ~= '' then
      local tid
      if minid ~= '' then
        tid = redis.call('XADD', KEYS[2], 'MINID', '~', minid, '*', 'id', id, 't', text)
      else
        tid = redis.call('XADD', KEYS[2], '*', 'id', id, 't', text)
      end
      redis.call('SADD', person, 't:' .. tid)
    end
    redis.call('SADD', seen, id)
    redis.call('EXPIREAT', seen, exp)
    added = added + 1
  end
end
return added
`)

// eraseScript deletes the stream entries listed in a person's set, and the set. KEYS: person set, events, text.
var eraseScript = redis.NewScript(`
local n = 0
for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local sid = string.sub(m, 3)
  if string.sub(m, 1, 1) == 'e' then
    n = n + redis.call('XDEL', KEYS[2], sid)
  else
    redis.call('XDEL', KEYS[3], sid)
  end
end
redis.call('DEL', KEYS[1])
return n
`)

// batchSize bounds the events of one script call, so that Redis is never blocked for long.
const batchSize = 100

// Append implements wegwijzer.DemandLog.
func (l *Log) Append(ctx context.Context, events ...wegwijzer.DemandEvent) error {
	for i := 0; i < len(events); i += batchSize {
		if err := l.append(ctx, events[i:min(i+batchSize, len(events))]); err != nil {
			return fmt.Errorf("demand/redislog: append: %w", err)
		}
	}
	return nil
}

func (l *Log) append(ctx context.Context, events []wegwijzer.DemandEvent) error {
	minID := ""
	if l.opts.TextRetention > 0 {
		minID = strconv.FormatInt(l.now().Add(-l.opts.TextRetention).UnixMilli(), 10)
	}
	keys := []string{l.key("events"), l.key("text")}
	args := []any{minID}
	for _, ev := range events {
		if ev.ID == "" {
			return fmt.Errorf("event without id")
		}
		text := ev.DetachText()
		data, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		day := ev.Time.UTC().Truncate(24 * time.Hour)
		keys = append(keys, l.key("seen", day.Format(time.DateOnly)), l.key("person", ev.Person))
		args = append(args, ev.ID, data, text, day.Add(24*time.Hour+l.opts.DedupeWindow).Unix())
	}
	return appendScript.Run(ctx, l.rdb, keys, args...).Err()
}

// scanSlack is how far before from the events stream is read: an entry's id is the time Redis received it, which
// is after the event's time, except for clock differences between the machines.
const scanSlack = time.Hour

// Scan implements wegwijzer.DemandLog.
func (l *Log) Scan(ctx context.Context, from, to time.Time, fn func(wegwijzer.DemandEvent) error) error {
	start := "-"
	if !from.IsZero() {
		start = strconv.FormatInt(from.Add(-scanSlack).UnixMilli(), 10)
	}
	texts := map[string]string{}
	err := l.xrange(ctx, l.key("text"), start, func(m redis.XMessage) error {
		id, _ := m.Values["id"].(string)
		t, _ := m.Values["t"].(string)
		texts[id] = t
		return nil
	})
	if err != nil {
		return fmt.Errorf("demand/redislog: scan: %w", err)
	}
	var inner error
	scanned := map[string]bool{} // an event written twice (a replay after a write that failed halfway) counts once
	err = l.xrange(ctx, l.key("events"), start, func(m redis.XMessage) error {
		data, _ := m.Values["e"].(string)
		var ev wegwijzer.DemandEvent
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			return fmt.Errorf("decode event %s: %w", m.ID, err)
		}
		if ev.Time.Before(from) || (!to.IsZero() && !ev.Time.Before(to)) || scanned[ev.ID] {
			return nil
		}
		scanned[ev.ID] = true
		ev.AttachText(texts[ev.ID])
		if err := fn(ev); err != nil {
			inner = err
			return err
		}
		return nil
	})
	if inner != nil {
		return inner
	}
	if err != nil {
		return fmt.Errorf("demand/redislog: scan: %w", err)
	}
	return nil
}

// xrange calls fn for each entry of a stream from start on, reading in pages.
func (l *Log) xrange(ctx context.Context, stream, start string, fn func(redis.XMessage) error) error {
	const page = 1000
	for {
		msgs, err := l.rdb.XRangeN(ctx, stream, start, "+", page).Result()
		if err != nil {
			return err
		}
		for _, m := range msgs {
			if err := fn(m); err != nil {
				return err
			}
		}
		if len(msgs) < page {
			return nil
		}
		start = "(" + msgs[len(msgs)-1].ID
	}
}

// ErasePerson implements wegwijzer.DemandLog.
func (l *Log) ErasePerson(ctx context.Context, person string) (int, error) {
	n, err := eraseScript.Run(ctx, l.rdb, []string{l.key("person", person), l.key("events"), l.key("text")}).Int()
	if err != nil {
		return 0, fmt.Errorf("demand/redislog: erase: %w", err)
	}
	if err := l.deleteLinks(ctx, func(link wegwijzer.DemandLink) bool { return slices.Contains(link.Persons, person) }); err != nil {
		return n, fmt.Errorf("demand/redislog: erase: %w", err)
	}
	return n, nil
}

// deleteLinks deletes the review links for which drop says so.
func (l *Log) deleteLinks(ctx context.Context, drop func(wegwijzer.DemandLink) bool) error {
	links, err := l.Links(ctx)
	if err != nil {
		return err
	}
	var items []string
	for _, link := range links {
		if drop(link) {
			items = append(items, link.Item)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return l.rdb.HDel(ctx, l.key("links"), items...).Err()
}

// ExpireText implements wegwijzer.DemandLog. It trims the text stream by entry id, that is by the time Redis
// received the text.
func (l *Log) ExpireText(ctx context.Context, before time.Time) (int, error) {
	n, err := l.rdb.XTrimMinID(ctx, l.key("text"), strconv.FormatInt(before.UnixMilli(), 10)).Result()
	if err != nil {
		return 0, fmt.Errorf("demand/redislog: expire text: %w", err)
	}
	if err := l.deleteLinks(ctx, func(link wegwijzer.DemandLink) bool { return link.Expired(before) }); err != nil {
		return int(n), fmt.Errorf("demand/redislog: expire links: %w", err)
	}
	return int(n), nil
}

// SaveLink implements wegwijzer.ReviewStore.
func (l *Log) SaveLink(ctx context.Context, link wegwijzer.DemandLink) error {
	data, err := json.Marshal(link)
	if err == nil {
		err = l.rdb.HSet(ctx, l.key("links"), link.Item, data).Err()
	}
	if err != nil {
		return fmt.Errorf("demand/redislog: save link: %w", err)
	}
	return nil
}

// Links implements wegwijzer.ReviewStore.
func (l *Log) Links(ctx context.Context) ([]wegwijzer.DemandLink, error) {
	m, err := l.rdb.HGetAll(ctx, l.key("links")).Result()
	if err != nil {
		return nil, fmt.Errorf("demand/redislog: links: %w", err)
	}
	out := make([]wegwijzer.DemandLink, 0, len(m))
	for item, data := range m {
		var link wegwijzer.DemandLink
		if err := json.Unmarshal([]byte(data), &link); err != nil {
			return nil, fmt.Errorf("demand/redislog: decode link %s: %w", item, err)
		}
		out = append(out, link)
	}
	slices.SortFunc(out, func(a, b wegwijzer.DemandLink) int {
		if c := a.Time.Compare(b.Time); c != 0 {
			return c
		}
		return cmp.Compare(a.Item, b.Item)
	})
	return out, nil
}

// SetHandoff implements wegwijzer.ReviewStore.
func (l *Log) SetHandoff(ctx context.Context, eventID string, state wegwijzer.HandoffState) error {
	if err := l.rdb.HSet(ctx, l.key("handoffs"), eventID, string(state)).Err(); err != nil {
		return fmt.Errorf("demand/redislog: set hand-off: %w", err)
	}
	return nil
}

// HandoffStates implements wegwijzer.ReviewStore.
func (l *Log) HandoffStates(ctx context.Context) (map[string]wegwijzer.HandoffState, error) {
	m, err := l.rdb.HGetAll(ctx, l.key("handoffs")).Result()
	if err != nil {
		return nil, fmt.Errorf("demand/redislog: hand-offs: %w", err)
	}
	out := make(map[string]wegwijzer.HandoffState, len(m))
	for id, st := range m {
		out[id] = wegwijzer.HandoffState(st)
	}
	return out, nil
}
