// Package slack puts Wegwijzer in a community's Slack workspace. It receives mentions, direct messages, thread
// follow-ups, button clicks and the /wegwijzer command over Socket Mode or the Events API, acknowledges each within
// Slack's three seconds, runs the dialogue afterwards, and answers in the thread of the question with Block Kit.
// Every delivery is verified (HTTP) and processed once, also when Slack delivers it again.
package slack

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

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// Platform is the Message.Platform of everything that comes from Slack.
const Platform = "slack"

// DefaultAPIURL is Slack's Web API base.
const DefaultAPIURL = slack.APIURL

// Turner runs one turn of the dialogue; *bot.Engine is one. It returns a reply that can be shown also together
// with an error; with wegwijzer.ErrDuplicate the reply is the one given before for the same Message.EventID.
type Turner interface {
	Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error)
}

// Store keeps the adapter's idempotency marks and tells whether a thread is a conversation; a
// wegwijzer.ConversationStore is one. MarkSeen reports whether this call was the first to record key within ttl;
// Load returns an *Error with code ENOTFOUND for a conversation that does not exist.
type Store interface {
	MarkSeen(ctx context.Context, key string, ttl time.Duration) (first bool, err error)
	Load(ctx context.Context, id string) (*wegwijzer.Conversation, error)
}

// Communities finds the community a workspace (and channel) belongs to; *content.Catalogue is one.
type Communities interface {
	CommunityByWorkspace(platform, workspace, channel string) *content.Community
}

// webAPI is the part of Slack's Web API the adapter uses; *slack.Client is one. Tests point a real client at a
// local fake of Slack.
type webAPI interface {
	AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...slack.MsgOption) (string, string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error)
	// SendMessageContext with slack.MsgOptionResponseURL answers through a response_url.
	SendMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, string, error)
}

// socketConn is a Socket Mode connection; socketClient wraps *socketmode.Client as one.
type socketConn interface {
	// RunContext connects and keeps the connection, reconnecting when Slack asks; it returns when a connection
	// cannot be made (for example invalid_auth) or ctx is done.
	RunContext(ctx context.Context) error
	// Events delivers requests and connection news; it must be read while RunContext runs.
	Events() <-chan socketmode.Event
	// Ack acknowledges a request by its envelope id.
	Ack(ctx context.Context, envelopeID string) error
}

type socketClient struct{ c *socketmode.Client }

var (
	_ webAPI     = (*slack.Client)(nil)
	_ socketConn = socketClient{}
	_ Store      = wegwijzer.ConversationStore(nil)
)

func (s socketClient) RunContext(ctx context.Context) error { return s.c.RunContext(ctx) }
func (s socketClient) Events() <-chan socketmode.Event      { return s.c.Events }
func (s socketClient) Ack(ctx context.Context, id string) error {
	return s.c.AckCtx(ctx, id, nil)
}

// Options configure the adapter. BotToken is required; AppToken switches Socket Mode on, SigningSecret the Events
// API endpoints. The zero value of every other field is the default.
type Options struct {
	BotToken      string // xoxb-...: posts the answers
	AppToken      string // xapp-...: Socket Mode ("" = off)
	SigningSecret string // verifies Events API requests ("" = the HTTP endpoints refuse everything)
	APIURL        string // Web API base; "" = https://slack.com/api/
	Log           *slog.Logger
	Now           func() time.Time // the verifier's clock; nil = time.Now
	Workers       int              // turns processed at once; 0 = 16
	LeaseTTL      time.Duration    // how long a delivery in progress keeps its duplicates away; 0 = 2 minutes
	DoneTTL       time.Duration    // how long a delivered answer is remembered; 0 = 24 hours
	WorkTimeout   time.Duration    // time for one delivery, rate-limit waits included; 0 = 100 seconds
}

// Adapter connects Slack and the dialogue. Create it with New; it is safe for concurrent use.
type Adapter struct {
	turner   Turner
	store    Store
	comms    Communities
	api      webAPI
	socket   socketConn // nil without Socket Mode
	verifier Verifier
	log      *slog.Logger
	opts     Options

	// sleep waits d or until ctx is done; tests replace it to see the waits without waiting.
	sleep func(ctx context.Context, d time.Duration) error

	mu      sync.Mutex
	botUser string // the bot's own user id, from auth.test or the events' authorizations
	botID   string
	closing bool // Close was called: no new work

	ctx    context.Context // background work; cancelled by Close
	cancel context.CancelFunc
	work   sync.WaitGroup
	slots  chan struct{}

	socketHandled atomic.Int64 // Socket Mode requests acknowledged and dispatched (for tests)
}

// New returns the adapter. It does not contact Slack: Run does, and retries while Slack cannot be reached.
func New(t Turner, st Store, comms Communities, opts Options) (*Adapter, error) {
	if opts.BotToken == "" {
		return nil, errors.New("slack: a bot token (xoxb-...) is required")
	}
	if opts.APIURL == "" {
		opts.APIURL = DefaultAPIURL
	}
	if !strings.HasSuffix(opts.APIURL, "/") {
		opts.APIURL += "/"
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	sdkLog := slogOutput{log.With("sdk", "slack-go")}
	clientOpts := []slack.Option{slack.OptionAPIURL(opts.APIURL), slack.OptionLog(sdkLog)}
	if opts.AppToken != "" {
		clientOpts = append(clientOpts, slack.OptionAppLevelToken(opts.AppToken))
	}
	api := slack.New(opts.BotToken, clientOpts...)
	var sock socketConn
	if opts.AppToken != "" {
		sock = socketClient{socketmode.New(api, socketmode.OptionLog(sdkLog))}
	}
	return newAdapter(t, st, comms, api, sock, opts), nil
}

func newAdapter(t Turner, st Store, comms Communities, api webAPI, sock socketConn, opts Options) *Adapter {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Workers <= 0 {
		opts.Workers = 16
	}
	if opts.LeaseTTL <= 0 {
		opts.LeaseTTL = 2 * time.Minute
	}
	if opts.DoneTTL <= 0 {
		opts.DoneTTL = 24 * time.Hour
	}
	if opts.WorkTimeout <= 0 {
		opts.WorkTimeout = 100 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Adapter{
		turner: t, store: st, comms: comms, api: api, socket: sock,
		verifier: Verifier{Secret: opts.SigningSecret, Now: opts.Now},
		log:      opts.Log.With("adapter", "slack"),
		opts:     opts,
		sleep:    sleepCtx,
		ctx:      ctx, cancel: cancel,
		slots: make(chan struct{}, opts.Workers),
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Routes returns the Events API endpoints, to mount on a ServeMux: POST /slack/events, /slack/interactive and
// /slack/commands. Each verifies the request, acknowledges it at once and does the work afterwards.
func (a *Adapter) Routes() map[string]http.Handler {
	return map[string]http.Handler{
		"POST /slack/events":      http.HandlerFunc(a.serveEvents),
		"POST /slack/interactive": http.HandlerFunc(a.serveInteractive),
		"POST /slack/commands":    http.HandlerFunc(a.serveCommands),
	}
}

// Run does the background work until ctx is done: it learns the bot's identity (auth.test) and, with an app
// token, keeps a Socket Mode connection. Neither depends on Slack being reachable now: both retry with backoff
// and log, while the HTTP endpoints keep working.
func (a *Adapter) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Go(func() { a.identify(ctx) })
	if a.socket != nil {
		wg.Go(func() { a.runSocket(ctx) })
	}
	wg.Wait()
	return nil
}

// Close stops accepting work and waits up to ten seconds for deliveries in progress.
func (a *Adapter) Close() error {
	a.mu.Lock()
	a.closing = true
	a.mu.Unlock()
	done := make(chan struct{})
	go func() { a.work.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		a.log.Warn("slack: deliveries still running at shutdown")
	}
	a.cancel()
	return nil
}

// idle waits until no work is in progress (for tests).
func (a *Adapter) idle() { a.work.Wait() }

// identify asks Slack who the bot is, retrying with backoff until it knows or ctx is done.
func (a *Adapter) identify(ctx context.Context) {
	b := backoff{min: time.Second, max: 5 * time.Minute}
	for {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		res, err := a.api.AuthTestContext(cctx)
		cancel()
		if err == nil {
			a.setBot(res.UserID, res.BotID)
			a.log.Info("slack: connected", "team", res.TeamID, "bot_user", res.UserID)
			return
		}
		if ctx.Err() != nil {
			return
		}
		wait := b.next()
		if isAuthError(err) {
			a.log.Error("slack: the bot token is not accepted; check SLACK_BOT_TOKEN", "err", err, "retry_in", wait)
		} else {
			a.log.Warn("slack: Web API not reachable; will retry", "err", err, "retry_in", wait)
		}
		if a.sleep(ctx, wait) != nil {
			return
		}
	}
}

func (a *Adapter) setBot(user, bot string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if user != "" {
		a.botUser = user
	}
	if bot != "" {
		a.botID = bot
	}
}

func (a *Adapter) bot() (user, bot string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.botUser, a.botID
}

func isAuthError(err error) bool {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired":
			return true
		}
	}
	return false
}

// backoff doubles a wait from min up to max.
type backoff struct {
	min, max, cur time.Duration
}

func (b *backoff) next() time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	} else {
		b.cur = min(2*b.cur, b.max)
	}
	return b.cur
}

func (b *backoff) reset() { b.cur = 0 }

// slogOutput lets slack-go's debug logger write to slog.
type slogOutput struct{ log *slog.Logger }

func (s slogOutput) Output(_ int, msg string) error {
	s.log.Debug(strings.TrimSpace(msg))
	return nil
}

// job is one delivery from Slack, processed once: a message, a button click or a command.
type job struct {
	kind    string // for logs: mention, dm, thread, action, command
	key     string // the delivery's identity across redeliveries: team, channel and ts (or trigger)
	eventID string // Slack's event_id, when there is one
	msg     wegwijzer.Message
	// deliver shows the reply to the person.
	deliver func(ctx context.Context, r *wegwijzer.Reply) error
}

// accepting reports whether new deliveries are taken. While shutting down, the HTTP endpoints answer 503 and
// Socket Mode does not acknowledge, so that Slack delivers the request again (to this or another replica) instead
// of it being acknowledged and dropped.
func (a *Adapter) accepting() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return !a.closing
}

// spawn runs f in the background, at most Options.Workers at a time. The caller has acknowledged already.
func (a *Adapter) spawn(f func(ctx context.Context)) {
	a.mu.Lock()
	if a.closing {
		a.mu.Unlock()
		a.log.Warn("slack: shutting down; a delivery is left to Slack's redelivery")
		return
	}
	a.work.Add(1)
	a.mu.Unlock()
	go func() {
		defer a.work.Done()
		select {
		case a.slots <- struct{}{}:
		case <-a.ctx.Done():
			return
		}
		defer func() { <-a.slots }()
		ctx, cancel := context.WithTimeout(a.ctx, a.opts.WorkTimeout)
		defer cancel()
		f(ctx)
	}()
}

// process runs a job once, however often Slack delivers it. Slack redelivers an event when it did not see the
// acknowledgement in time (HTTP retries, Socket Mode after a reconnect), so a redelivery may arrive while the
// first is being processed, after it was answered, or after it failed. The marks are set so that each of these
// ends with exactly one answer:
//
//   - a lease on the event id and on (channel, ts), for LeaseTTL, keeps concurrent duplicates away (the app_mention
//     and the message event of one post are such duplicates too);
//   - the dialogue turn itself is idempotent: the engine remembers the event id and gives the earlier reply back
//     with wegwijzer.ErrDuplicate;
//   - only after the answer was posted is the delivery marked done. A redelivery after the lease finds either the
//     done mark (answered: nothing to do) or none (the earlier attempt failed: post the saved reply now).
//
// Nothing is marked done before it happened, so a failed attempt is never mistaken for a finished one.
func (a *Adapter) process(ctx context.Context, j job) {
	log := a.log.With("kind", j.kind, "conversation", j.msg.Conversation)
	if j.eventID != "" && !a.mark(ctx, "slack:lease:event:"+j.eventID, a.opts.LeaseTTL) {
		log.Debug("slack: duplicate event in progress or recent", "event", j.eventID)
		return
	}
	if !a.mark(ctx, "slack:lease:"+j.key, a.opts.LeaseTTL) {
		log.Debug("slack: duplicate delivery in progress or recent")
		return
	}
	reply, err := a.turner.Handle(ctx, j.msg)
	switch {
	case errors.Is(err, wegwijzer.ErrDuplicate):
		// The turn was taken before; whether its answer reached Slack, only the done mark knows.
		if !a.mark(ctx, "slack:done:"+j.key, a.opts.DoneTTL) {
			log.Debug("slack: already answered")
			return
		}
		log.Info("slack: redelivered after a failed attempt; posting the saved answer")
		if err := j.deliver(ctx, reply); err != nil {
			log.Error("slack: answer not delivered", "err", err)
		}
		return
	case err != nil:
		// The engine logged the cause; the reply is a polite "try again later". It is not marked done, so a
		// redelivery gets a real answer.
		if reply != nil {
			if err := j.deliver(ctx, reply); err != nil {
				log.Error("slack: apology not delivered", "err", err)
			}
		}
		return
	}
	if err := j.deliver(ctx, reply); err != nil {
		log.Error("slack: answer not delivered", "err", err)
		return
	}
	a.mark(ctx, "slack:done:"+j.key, a.opts.DoneTTL)
}

// mark sets an idempotency mark and reports whether it was new. When the store fails the work goes ahead: a
// possible second answer is better than a lost one.
func (a *Adapter) mark(ctx context.Context, key string, ttl time.Duration) bool {
	first, err := a.store.MarkSeen(ctx, key, ttl)
	if err != nil {
		a.log.Warn("slack: idempotency mark failed; processing anyway", "err", err)
		return true
	}
	return first
}

// conversationID is the conversation of a thread: team, channel and the ts of the thread's first message.
func conversationID(team, channel, thread string) string {
	return fmt.Sprintf("slack:%s:%s:%s", team, channel, thread)
}

// community returns the community id and language of a workspace and channel, or "" for both: the default
// community, which the dialogue knows.
func (a *Adapter) community(team, channel string) (id, lang string) {
	if a.comms == nil {
		return "", ""
	}
	if cm := a.comms.CommunityByWorkspace(Platform, team, channel); cm != nil {
		return cm.ID, cm.Language
	}
	return "", ""
}

func userID(team, user string) string { return "slack:" + team + ":" + user }
