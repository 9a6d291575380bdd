package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIURL is Discord's REST base; GatewayOptions.APIURL replaces it for proxies and tests.
const DefaultAPIURL = "https://discord.com/api/v10/"

// Marker remembers platform events across replicas; wegwijzer.ConversationStore is one.
type Marker interface {
	MarkSeen(ctx context.Context, key string, ttl time.Duration) (first bool, err error)
}

// GatewayOptions configure the gateway session. Token is required.
type GatewayOptions struct {
	Token  string // the bot token, without "Bot "
	APIURL string // REST base ending in "/"; "" = DefaultAPIURL
	// ShardID and ShardCount split the guilds over replicas (Discord's sharding); ShardCount 0 means one shard.
	ShardID, ShardCount int
	// MessageContent asks for the privileged message-content intent (the operator enables it in the Developer
	// Portal). Without it the bot still answers mentions and direct messages, whose text Discord always sends.
	MessageContent bool
	Log            *slog.Logger
	// TurnTimeout bounds one dialogue turn. 0 = 10 seconds.
	TurnTimeout time.Duration
	// SeenTTL is how long a handled message id is remembered. 0 = 24 hours.
	SeenTTL time.Duration
	// HTTPClient is the base client for REST calls; nil = a client with a 20-second timeout.
	HTTPClient *http.Client
}

// Gateway keeps a discordgo gateway session: a guild message that mentions the bot, and any direct message,
// starts or continues a conversation (one per thread or DM channel); the answer goes into a thread started from
// the question (in a DM: a reply); buttons continue it. Create it with NewGateway, then Open.
type Gateway struct {
	a     *Adapter // the interaction handling and rendering shared with the HTTP endpoint
	s     *discordgo.Session
	seen  Marker
	log   *slog.Logger
	opts  GatewayOptions
	ready atomic.Bool // a READY was seen
	mu    sync.Mutex
	botID string
	// sessions counts READY events: more than one means discordgo identified again instead of resuming, and
	// Discord did not replay what was sent in the gap.
	sessions atomic.Int64
	resumes  atomic.Int64
}

// NewGateway prepares the session; it does not connect.
func NewGateway(t Turner, comms Communities, seen Marker, opts GatewayOptions) (*Gateway, error) {
	if t == nil || seen == nil {
		return nil, errors.New("discord gateway: a dialogue engine and a store for message ids are required")
	}
	if strings.TrimSpace(opts.Token) == "" {
		return nil, errors.New("discord gateway: the bot token is required")
	}
	if opts.APIURL == "" {
		opts.APIURL = DefaultAPIURL
	}
	if !strings.HasSuffix(opts.APIURL, "/") {
		opts.APIURL += "/"
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.TurnTimeout <= 0 {
		opts.TurnTimeout = 10 * time.Second
	}
	if opts.SeenTTL <= 0 {
		opts.SeenTTL = 24 * time.Hour
	}
	if opts.ShardCount < 0 || opts.ShardID < 0 || (opts.ShardCount > 0 && opts.ShardID >= opts.ShardCount) {
		return nil, fmt.Errorf("discord gateway: shard %d of %d is not a shard (want 0 <= id < count)", opts.ShardID, opts.ShardCount)
	}
	s, err := discordgo.New("Bot " + strings.TrimPrefix(strings.TrimSpace(opts.Token), "Bot "))
	if err != nil {
		return nil, fmt.Errorf("discord gateway: %w", err)
	}
	base := opts.HTTPClient
	if base == nil {
		base = &http.Client{Timeout: 20 * time.Second}
	}
	rt := base.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	s.Client = &http.Client{Timeout: base.Timeout, Transport: rebase{to: opts.APIURL, next: rt}}
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if opts.MessageContent {
		s.Identify.Intents |= discordgo.IntentMessageContent
	}
	if opts.ShardCount > 0 {
		s.ShardID, s.ShardCount = opts.ShardID, opts.ShardCount
	}
	s.ShouldReconnectOnError = true
	log := opts.Log.With("adapter", "discord-gateway")
	g := &Gateway{
		a:    &Adapter{turner: t, comms: comms, log: log, opts: Options{Log: log, TurnTimeout: opts.TurnTimeout}},
		s:    s,
		seen: seen,
		log:  log,
		opts: opts,
	}
	s.AddHandler(g.onReady)
	s.AddHandler(g.onResumed)
	s.AddHandler(g.onDisconnect)
	s.AddHandler(g.onMessage)
	s.AddHandler(g.onInteraction)
	return g, nil
}

// rebase sends discordgo's REST calls to the configured base: every Endpoint* is computed from discordgo's own
// base when the package loads, so the prefix is rewritten here. The gateway address is asked of /gateway/bot, as
// Discord's clients do (discordgo asks /gateway).
type rebase struct {
	to   string
	next http.RoundTripper
}

func (r rebase) RoundTrip(req *http.Request) (*http.Response, error) {
	u := req.URL.String()
	rest, ok := strings.CutPrefix(u, discordgo.EndpointAPI)
	if !ok {
		return r.next.RoundTrip(req)
	}
	if rest == "gateway" {
		rest = "gateway/bot"
	}
	out := req.Clone(req.Context())
	nu, err := req.URL.Parse(r.to + rest)
	if err != nil {
		return nil, fmt.Errorf("discord gateway: rewrite %q: %w", u, err)
	}
	out.URL, out.Host = nu, nu.Host
	return r.next.RoundTrip(out)
}

// Open connects to the gateway. When Discord cannot be reached it keeps trying in the background with backoff
// until ctx ends, so start-up never waits for Discord; Ready says when the session is up.
func (g *Gateway) Open(ctx context.Context) {
	go func() {
		wait := time.Second
		for {
			err := g.s.Open()
			if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
				return
			}
			g.log.Warn("discord gateway: cannot connect, trying again", "in", wait, "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			wait = min(2*wait, 5*time.Minute)
		}
	}()
}

// Close ends the session.
func (g *Gateway) Close() error {
	g.ready.Store(false)
	return g.s.Close()
}

// Ready reports whether the session is connected: a READY was seen, and discordgo's connection is up (its
// DataReady, which it clears when a connection breaks and sets when heartbeats start on the next one). Event
// handlers run in goroutines in any order, so readiness is not kept from the order of Disconnect and Resumed.
func (g *Gateway) Ready() bool {
	if !g.ready.Load() {
		return false
	}
	g.s.RLock()
	defer g.s.RUnlock()
	return g.s.DataReady
}

// Sessions returns how many sessions were identified and how many resumes succeeded.
func (g *Gateway) Sessions() (identified, resumed int64) { return g.sessions.Load(), g.resumes.Load() }

func (g *Gateway) onReady(s *discordgo.Session, r *discordgo.Ready) {
	g.mu.Lock()
	if r.User != nil {
		g.botID = r.User.ID
	}
	g.mu.Unlock()
	if n := g.sessions.Add(1); n > 1 {
		// discordgo closes a broken connection with code 1000, which ends the session at Discord: the next
		// Resume is refused and what was sent in the gap is not replayed.
		g.log.Warn("discord gateway: a new session instead of a resume; messages sent while disconnected are not redelivered", "sessions", n)
	}
	g.ready.Store(true)
	g.log.Info("discord gateway: ready", "shard", g.opts.ShardID, "shards", max(g.opts.ShardCount, 1), "guilds", len(r.Guilds))
}

func (g *Gateway) onResumed(s *discordgo.Session, r *discordgo.Resumed) {
	g.resumes.Add(1)
	g.log.Info("discord gateway: resumed")
}

func (g *Gateway) onDisconnect(s *discordgo.Session, d *discordgo.Disconnect) {
	g.log.Warn("discord gateway: disconnected; discordgo reconnects with backoff")
}

func (g *Gateway) bot() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.botID
}
