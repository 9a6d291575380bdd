// Package redisstore is the production conversation store: conversation state and idempotency marks in Redis,
// shared by every replica of Wegwijzer. It speaks to a single server, Sentinel or Cluster through
// redis.UniversalClient; no command or script touches keys of two hash slots, so it works unchanged on a cluster.
//
// Keys, with the default prefix:
//
//	wegwijzer:{conv:<id>}         a conversation without its last reply, as "<version>\n<JSON>"; expires after its
//	                              ttl of inactivity
//	wegwijzer:{conv:<id>}:reply   the conversation's last reply, as "<version>\n<JSON>", written and expired with it
//	wegwijzer:{user:<id>}:convs   set of the ids of a user's conversations: the index EraseUser reads
//	wegwijzer:seen:<key>          an idempotency mark (MarkSeen)
//
// The last reply is kept apart because it is most of a conversation and a turn does not read it (LoadState); its
// version says which save wrote it, so that a reply key left by a save of an earlier release, which kept the
// reply inside the conversation, is not taken for the conversation's.
//
// A save is a compare-and-swap in one Lua script on the conversation's key. The user index lives in another hash
// slot, and a cluster runs a script only on keys of one slot, so the index is updated by a separate command, sent
// first in the same pipeline as the swap. On a single server the two run in that order; an index member without a
// conversation (the swap lost, failed, or the conversation expired or was deleted) is harmless: the set is only an
// index, EraseUser deletes a member's conversation only when that conversation still names the user, and counts
// only what it deleted. The pipeline does not make the pair atomic: if the index update fails (a cluster node
// failing over) while the swap succeeds, Save reports the error although the conversation was stored, and that
// conversation is missing from the index until its next save, which adds it again; it still expires with its TTL.
package redisstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/wegwijzer/wegwijzer"
)

// DefaultPrefix starts every key unless Options.Prefix says otherwise.
const DefaultPrefix = "wegwijzer"

// indexSlack keeps a user index alive a little longer than the conversations it lists: the index is written just
// before the conversation, so without it the conversation could outlive its index by a round trip.
const indexSlack = time.Minute

// Options configure a Store. The zero value is the default.
type Options struct {
	// Prefix starts every key ("" = DefaultPrefix). Stores with different prefixes share a Redis without
	// seeing each other's data; tests use it to run in parallel on one server.
	Prefix string
}

// Store is a wegwijzer.ConversationStore in Redis. It is safe for concurrent use, also by several processes.
type Store struct {
	client redis.UniversalClient
	prefix string
	owned  bool // the client was made by Open, so Close closes it
	cache  *stateCache
	bufs   sync.Pool // of *bytes.Buffer, for encoding (see buffer)
}

var (
	_ wegwijzer.ConversationStore = (*Store)(nil)
	_ wegwijzer.StateLoader       = (*Store)(nil)
)

// New returns a store that uses client. It does not contact Redis. The caller keeps ownership of the client: Close
// leaves it open. For calls to be bounded by their context's deadline, and not only by its cancellation, the
// client needs ContextTimeoutEnabled (Open sets it).
func New(client redis.UniversalClient, opts Options) *Store {
	prefix := opts.Prefix
	if prefix == "" {
		prefix = DefaultPrefix
	}
	return &Store{client: client, prefix: prefix, cache: newStateCache(stateCacheMax)}
}

// Open connects to the Redis at url and checks that it answers. url is either a redis:// or rediss:// URL (as
// redis.ParseURL reads it; with a master_name parameter it names Sentinels, with addr parameters a cluster's
// nodes), or a comma-separated list of host:port: one is a single server, several are the nodes of a cluster.
// Close closes the connection.
func Open(ctx context.Context, url string) (*Store, error) {
	client, err := NewClient(url, Timeouts{})
	if err != nil {
		return nil, fmt.Errorf("store/redis: open: %w", err)
	}
	if err := client.Ping(ctx).Err(); err != nil {
		client.Close()
		return nil, fmt.Errorf("store/redis: open: ping %s: %w", redactURL(url), err)
	}
	s := New(client, Options{})
	s.owned = true
	return s, nil
}

// Close closes the client if Open made it.
func (s *Store) Close() error {
	if !s.owned {
		return nil
	}
	return s.client.Close()
}

func (s *Store) convKey(id string) string { return s.prefix + ":{conv:" + id + "}" }

func (s *Store) replyKey(id string) string { return s.convKey(id) + ":reply" }

func (s *Store) userKey(user string) string { return s.prefix + ":{user:" + user + "}:convs" }

func (s *Store) seenKey(key string) string { return s.prefix + ":seen:" + key }

// ms returns d in whole milliseconds for PX and PEXPIRE, rounding a positive d up so that it stays positive;
// 0 means no expiry.
func ms(d time.Duration) int64 {
	if d <= 0 {
		return 0
	}
	return int64((d + time.Millisecond - 1) / time.Millisecond)
}

// Load implements wegwijzer.ConversationStore.
func (s *Store) Load(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store/redis: load conversation: %w", err)
	}
	// One command for both keys: they share a hash slot.
	vals, err := s.client.MGet(ctx, s.convKey(id), s.replyKey(id)).Result()
	if err != nil {
		return nil, fmt.Errorf("store/redis: load conversation: %w", err)
	}
	data, ok := vals[0].(string)
	if !ok {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "conversation %q not found", id)
	}
	c, err := decode(id, []byte(data))
	if err != nil {
		return nil, err
	}
	if reply, ok := vals[1].(string); ok {
		version, body := split([]byte(reply))
		// A reply of another version was left by a save that kept the reply inside the conversation.
		if version == c.Version {
			var r wegwijzer.Reply
			if err := json.Unmarshal(body, &r); err != nil {
				return nil, fmt.Errorf("store/redis: load the last reply of %q: %w", id, err)
			}
			c.LastReply = &r
		}
	}
	return c, nil
}

// LoadState implements wegwijzer.StateLoader: the conversation without its last reply, in one GET.
func (s *Store) LoadState(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store/redis: load conversation: %w", err)
	}
	data, err := s.client.Get(ctx, s.convKey(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "conversation %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store/redis: load conversation: %w", err)
	}
	if version, body := split(data); version > 0 {
		if c := s.cache.get(id, version, body, time.Now()); c != nil {
			return c, nil
		}
	}
	return decode(id, data)
}

// LoadForUpdate is LoadState for a turn that ends in Save: it may hand out the conversation as this process
// saved it last without reading Redis. When another process changed it meanwhile, that Save fails with
// ECONFLICT and the next LoadForUpdate reads Redis (see stateCache). Never use it for a read that is not
// followed by a Save.
func (s *Store) LoadForUpdate(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store/redis: load conversation: %w", err)
	}
	if c := s.cache.trusted(id, time.Now()); c != nil {
		return c, nil
	}
	return s.LoadState(ctx, id)
}

// split splits a stored value "<version>\n<json>" (the save script reads the version without decoding the
// JSON). A value stored as bare JSON by an earlier release has version -1.
func split(data []byte) (int64, []byte) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 || len(data) > 0 && data[0] == '{' {
		return -1, data
	}
	v, err := strconv.ParseInt(string(data[:i]), 10, 64)
	if err != nil {
		return -1, data[i+1:]
	}
	return v, data[i+1:]
}

func decode(id string, data []byte) (*wegwijzer.Conversation, error) {
	_, body := split(data)
	var c wegwijzer.Conversation
	if err := json.Unmarshal(body, &c); err != nil {
		return nil, fmt.Errorf("store/redis: load conversation %q: %w", id, err)
	}
	return &c, nil
}

// saveScript stores a conversation if its stored version is the expected one.
// KEYS[1] the conversation, KEYS[2] its last reply; ARGV[1] the expected version (0 = must not exist); ARGV[2] the
// value to store, "<new version>\n<conversation as JSON>"; ARGV[3] the ttl in ms (0 = none); ARGV[4] the last
// reply, "<new version>\n<reply as JSON>" ("" = none). It returns {1, new version} or {0, stored version}.
// (Values stored as bare JSON by earlier versions are still read.)
var saveScript = redis.NewScript(`
local cur = redis.call('GET', KEYS[1])
local have = 0
if cur then
	have = tonumber(string.match(cur, '^(%d+)\n')) or tonumber(cjson.decode(cur)['version']) or 0
end
if have ~= tonumber(ARGV[1]) then
	return {0, have}
end
local function put(key, value)
	if tonumber(ARGV[3]) > 0 then
		redis.call('SET', key, value, 'PX', ARGV[3])
	else
		redis.call('SET', key, value)
	end
end
put(KEYS[1], ARGV[2])
if ARGV[4] == '' then
	redis.call('DEL', KEYS[2])
else
	put(KEYS[2], ARGV[4])
end
return {1, have + 1}
`)

// indexScript adds a conversation to its user's index and keeps the index alive at least as long as the
// conversation. KEYS[1] the user's set; ARGV[1] the conversation id; ARGV[2] the ttl in ms (0 = none).
var indexScript = redis.NewScript(`
local existed = redis.call('EXISTS', KEYS[1])
redis.call('SADD', KEYS[1], ARGV[1])
local ttl = tonumber(ARGV[2])
if ttl <= 0 then
	redis.call('PERSIST', KEYS[1])
	return 1
end
local left = redis.call('PTTL', KEYS[1])
if existed == 0 or (left >= 0 and left < ttl) then
	redis.call('PEXPIRE', KEYS[1], ttl)
end
return 1
`)

// Save implements wegwijzer.ConversationStore.
func (s *Store) Save(ctx context.Context, c *wegwijzer.Conversation, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store/redis: save conversation: %w", err)
	}
	next := *c
	next.Version = c.Version + 1
	next.LastReply = nil // kept apart
	buf := s.buffer()
	defer s.bufs.Put(buf)
	if err := encode(buf, next.Version, &next); err != nil {
		return fmt.Errorf("store/redis: save conversation %q: %w", c.ID, err)
	}
	data := bytes.Clone(buf.Bytes()) // kept by the cache: its own, of its size
	var reply []byte
	if c.LastReply != nil {
		buf.Reset()
		if err := encode(buf, next.Version, c.LastReply); err != nil {
			return fmt.Errorf("store/redis: save conversation %q: %w", c.ID, err)
		}
		reply = buf.Bytes() // written to the connection before Save returns, and not kept
	}
	// The index update and the swap go in one pipeline (one round trip), the index first: see the package
	// documentation. The pipeline uses EVALSHA; a command that finds its script not yet loaded on that server
	// (NOSCRIPT, once after a start) is repeated on its own with EVAL. Each command is judged by its own result:
	// the pipeline's overall error could hide that the swap itself succeeded.
	var indexCmd, saveCmd *redis.Cmd
	indexTTL := ms(ttl)
	if indexTTL > 0 {
		indexTTL += ms(indexSlack)
	}
	_, _ = s.client.Pipelined(ctx, func(p redis.Pipeliner) error {
		if c.User != "" {
			indexCmd = indexScript.EvalSha(ctx, p, []string{s.userKey(c.User)}, c.ID, indexTTL)
		}
		saveCmd = saveScript.EvalSha(ctx, p, []string{s.convKey(c.ID), s.replyKey(c.ID)}, c.Version, data, ms(ttl), reply)
		return nil
	})
	if indexCmd != nil && isNoScript(indexCmd.Err()) {
		indexCmd = indexScript.Run(ctx, s.client, []string{s.userKey(c.User)}, c.ID, indexTTL)
	}
	if isNoScript(saveCmd.Err()) {
		saveCmd = saveScript.Run(ctx, s.client, []string{s.convKey(c.ID), s.replyKey(c.ID)}, c.Version, data, ms(ttl), reply)
	}
	if indexCmd != nil && indexCmd.Err() != nil {
		s.cache.drop(c.ID) // the swap may have happened or not
		return fmt.Errorf("store/redis: save conversation: index user: %w", indexCmd.Err())
	}
	res, err := saveCmd.Int64Slice()
	if err != nil {
		s.cache.drop(c.ID)
		return fmt.Errorf("store/redis: save conversation: %w", err)
	}
	if len(res) != 2 {
		return fmt.Errorf("store/redis: save conversation: script returned %v", res)
	}
	if res[0] != 1 {
		s.cache.distrust(c.ID, time.Now())
		return wegwijzer.Errorf(wegwijzer.ECONFLICT, "conversation %q changed meanwhile (version %d, have %d)", c.ID, c.Version, res[1])
	}
	c.Version = res[1]
	now := time.Now()
	var expires time.Time
	if ttl > 0 {
		expires = now.Add(ttl)
	}
	_, body := split(data)
	s.cache.put(&next, c.Version, body, expires, now)
	return nil
}

// encode writes "<version>\n<v as JSON>" into buf.
func encode(buf *bytes.Buffer, version int64, v any) error {
	buf.Write(strconv.AppendInt(buf.AvailableBuffer(), version, 10))
	buf.WriteByte('\n')
	if err := json.NewEncoder(buf).Encode(v); err != nil { // as json.Marshal writes it, and a newline
		return err
	}
	buf.Truncate(buf.Len() - 1)
	return nil
}

// buffer returns an empty buffer from the store's pool. A save encodes a conversation and its reply, a few KiB:
// allocating and growing new buffers for them was a third of what a turn allocates beyond its search.
func (s *Store) buffer() *bytes.Buffer {
	if b, ok := s.bufs.Get().(*bytes.Buffer); ok {
		b.Reset()
		return b
	}
	return bytes.NewBuffer(make([]byte, 0, 8<<10))
}

func isNoScript(err error) bool { return err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") }

// Delete implements wegwijzer.ConversationStore. It leaves the id in its user's index; see the package
// documentation for why that is harmless.
func (s *Store) Delete(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store/redis: delete conversation: %w", err)
	}
	s.cache.drop(id)
	if err := s.client.Del(ctx, s.convKey(id), s.replyKey(id)).Err(); err != nil {
		return fmt.Errorf("store/redis: delete conversation: %w", err)
	}
	return nil
}

// MarkSeen implements wegwijzer.ConversationStore.
func (s *Store) MarkSeen(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("store/redis: mark seen: %w", err)
	}
	first, err := s.client.SetNX(ctx, s.seenKey(key), 1, time.Duration(ms(ttl))*time.Millisecond).Result()
	if err != nil {
		return false, fmt.Errorf("store/redis: mark seen: %w", err)
	}
	return first, nil
}

// eraseScript deletes a conversation and its last reply if it belongs to the user. KEYS[1] the conversation,
// KEYS[2] its last reply; ARGV[1] the user. It returns 1 if it deleted it.
var eraseScript = redis.NewScript(`
local cur = redis.call('GET', KEYS[1])
if cur then
	local nl = string.find(cur, '\n', 1, true)
	if nl and string.sub(cur, 1, 1) ~= '{' then
		cur = string.sub(cur, nl + 1)
	end
end
if cur and cjson.decode(cur)['user'] == ARGV[1] then
	redis.call('DEL', KEYS[1], KEYS[2])
	return 1
end
return 0
`)

// EraseUser implements wegwijzer.ConversationStore. It removes from the index only the ids it read, so that a
// conversation the user starts meanwhile stays indexed.
func (s *Store) EraseUser(ctx context.Context, user string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("store/redis: erase user: %w", err)
	}
	index := s.userKey(user)
	ids, err := s.client.SMembers(ctx, index).Result()
	if err != nil {
		return 0, fmt.Errorf("store/redis: erase user: read index: %w", err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	s.cache.drop(ids...)
	// Each script touches one conversation's slot, so a cluster pipeline may send them to different nodes.
	// Eval rather than EvalSha: a pipeline cannot fall back on NOSCRIPT, and erasure is rare.
	pipe := s.client.Pipeline()
	cmds := make([]*redis.Cmd, len(ids))
	for i, id := range ids {
		cmds[i] = eraseScript.Eval(ctx, pipe, []string{s.convKey(id), s.replyKey(id)}, user)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return 0, fmt.Errorf("store/redis: erase user: %w", err)
	}
	n := 0
	for _, cmd := range cmds {
		if v, _ := cmd.Int(); v == 1 {
			n++
		}
	}
	members := make([]any, len(ids))
	for i, id := range ids {
		members[i] = id
	}
	if err := s.client.SRem(ctx, index, members...).Err(); err != nil {
		return 0, fmt.Errorf("store/redis: erase user: clear index: %w", err)
	}
	return n, nil
}
