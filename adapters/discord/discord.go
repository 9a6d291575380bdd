// Package discord puts Wegwijzer in a community's Discord server through Discord's HTTP interactions endpoint: the
// /wegwijzer slash command and the buttons under an answer. Every request is verified with the application's
// Ed25519 public key and answered in the HTTP response itself, so the adapter needs no gateway connection and no
// bot token.
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// Platform is the Message.Platform of everything that comes from Discord.
const Platform = "discord"

// Command is the slash command the adapter answers, and Question its string option.
const (
	Command  = "wegwijzer"
	Question = "vraag"
)

// MaxBody is the largest request body the endpoint reads; Discord's interactions are far smaller.
const MaxBody = 1 << 20

// DefaultCommunity is the catalogue community used when no community is bound to the server and channel.
const DefaultCommunity = "default"

// Turner runs one turn of the dialogue; *bot.Engine is one. It returns a reply that can be shown also together
// with an error; with wegwijzer.ErrDuplicate the reply is the one given before for the same Message.EventID.
type Turner interface {
	Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error)
}

// Communities finds the community a Discord server (and channel) belongs to; *content.Catalogue is one.
// CommunityByWorkspace and Community return nil when there is none.
type Communities interface {
	CommunityByWorkspace(platform, workspace, channel string) *content.Community
	Community(id string) *content.Community
}

var _ Communities = (*content.Catalogue)(nil)

// Options configure the adapter. PublicKey is required; the zero value of every other field is the default.
type Options struct {
	PublicKey ed25519.PublicKey // the application's public key (Developer Portal, General Information)
	Log       *slog.Logger
	// TurnTimeout bounds one dialogue turn; Discord waits three seconds for the response. 0 = 2.5 seconds.
	TurnTimeout time.Duration
	// MaxAge is how far X-Signature-Timestamp may lie from now; an older (or later) request is refused, so a
	// captured request cannot be replayed later. 0 = 5 minutes.
	MaxAge time.Duration
	// Seen records an interaction id for ttl and reports whether this was the first time (as
	// wegwijzer.ConversationStore.MarkSeen, which shares it between replicas); nil = remembered in this process.
	Seen func(ctx context.Context, key string, ttl time.Duration) (bool, error)
	Now  func() time.Time
}

// Adapter answers Discord interactions. Create it with New; it is safe for concurrent use.
type Adapter struct {
	turner Turner
	comms  Communities // may be nil
	key    ed25519.PublicKey
	log    *slog.Logger
	opts   Options
}

// ParsePublicKey decodes the application's public key as the Developer Portal shows it: 64 hexadecimal digits.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("discord: public key is not hexadecimal: %w", err)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("discord: public key has %d bytes, want %d (64 hex digits)", len(b), ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// New returns the adapter. It does not contact Discord.
func New(t Turner, comms Communities, opts Options) (*Adapter, error) {
	if t == nil {
		return nil, errors.New("discord: a dialogue engine is required")
	}
	if len(opts.PublicKey) != ed25519.PublicKeySize {
		return nil, errors.New("discord: the application's Ed25519 public key is required")
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.TurnTimeout <= 0 {
		opts.TurnTimeout = 2500 * time.Millisecond
	}
	if opts.MaxAge <= 0 {
		opts.MaxAge = 5 * time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Seen == nil {
		opts.Seen = newSeenIDs(opts.Now).mark
	}
	return &Adapter{turner: t, comms: comms, key: opts.PublicKey, log: opts.Log.With("adapter", "discord"), opts: opts}, nil
}

// Routes returns the interactions endpoint, to mount on a ServeMux: POST /discord/interactions.
func (a *Adapter) Routes() map[string]http.Handler {
	return map[string]http.Handler{"POST /discord/interactions": a}
}

// ServeHTTP verifies an interaction and answers it: a PING with a PONG, the /wegwijzer command and a button with
// the reply of one dialogue turn. A request that is not signed with the application's key gets 401 and is not
// looked at further.
func (a *Adapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, status, err := verify(r, a.key)
	if err == nil {
		status, err = a.fresh(r)
	}
	if err != nil {
		a.log.InfoContext(r.Context(), "discord: request refused", "status", status, "err", err)
		http.Error(w, err.Error(), status)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "discord: interaction is not valid JSON: "+err.Error(), http.StatusBadRequest)
		return
	}
	if in.ID != "" {
		first, err := a.opts.Seen(r.Context(), "discord:interaction:"+in.ID, 2*a.opts.MaxAge)
		if err != nil {
			a.log.WarnContext(r.Context(), "discord: cannot check the interaction id", "err", err)
			http.Error(w, "discord: try again later", http.StatusServiceUnavailable)
			return
		}
		if !first {
			a.log.InfoContext(r.Context(), "discord: request refused", "status", http.StatusConflict, "err", "interaction replayed")
			http.Error(w, "discord: this interaction was handled already", http.StatusConflict)
			return
		}
	}
	var resp *discordgo.InteractionResponse
	switch in.Type {
	case discordgo.InteractionPing:
		resp = &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
	case discordgo.InteractionApplicationCommand:
		resp, err = a.command(r.Context(), &in)
	case discordgo.InteractionMessageComponent:
		resp, err = a.component(r.Context(), &in)
	default:
		err = fmt.Errorf("discord: interaction type %d is not supported (want 1 PING, 2 APPLICATION_COMMAND or 3 MESSAGE_COMPONENT)", in.Type)
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(resp); err != nil {
		a.log.WarnContext(r.Context(), "discord: write response", "err", err)
	}
}

// command answers /wegwijzer vraag:<text> with a new (ephemeral) message.
func (a *Adapter) command(ctx context.Context, in *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	data, ok := in.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return nil, errors.New("discord: application command without data")
	}
	if data.Name != Command {
		return nil, fmt.Errorf("discord: unknown command %q (want /%s)", data.Name, Command)
	}
	var text string
	for _, o := range data.Options {
		if o.Name == Question && o.Type == discordgo.ApplicationCommandOptionString {
			text, _ = o.Value.(string)
		}
	}
	m, lang, err := a.message(in)
	if err != nil {
		return nil, err
	}
	m.Text = text
	return a.respond(ctx, m, lang, discordgo.InteractionResponseChannelMessageWithSource), nil
}

// component answers a pressed button by replacing the message that carried it with the next step.
func (a *Adapter) component(ctx context.Context, in *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	data, ok := in.Data.(discordgo.MessageComponentInteractionData)
	if !ok || data.CustomID == "" {
		return nil, errors.New("discord: message component without custom_id")
	}
	if data.ComponentType != discordgo.ButtonComponent {
		return nil, fmt.Errorf("discord: component type %d is not supported (want 2, a button)", data.ComponentType)
	}
	m, lang, err := a.message(in)
	if err != nil {
		return nil, err
	}
	m.Option = data.CustomID
	return a.respond(ctx, m, lang, discordgo.InteractionResponseUpdateMessage), nil
}

// message fills in who asks where. The conversation is per person per channel: "discord:<guild>:<channel>:<user>",
// with an empty guild in direct messages.
func (a *Adapter) message(in *discordgo.Interaction) (wegwijzer.Message, string, error) {
	var user string
	switch {
	case in.Member != nil && in.Member.User != nil:
		user = in.Member.User.ID
	case in.User != nil:
		user = in.User.ID
	}
	if user == "" || in.ID == "" {
		return wegwijzer.Message{}, "", errors.New("discord: interaction without id or user")
	}
	community, lang := a.community(in.GuildID, in.ChannelID)
	return wegwijzer.Message{
		Conversation: "discord:" + in.GuildID + ":" + in.ChannelID + ":" + user,
		User:         "discord:" + user,
		Community:    community,
		Platform:     Platform,
		EventID:      in.ID,
	}, lang, nil
}

func (a *Adapter) community(guild, channel string) (id, lang string) {
	if a.comms == nil {
		return "", ""
	}
	cm := a.comms.CommunityByWorkspace(Platform, guild, channel)
	if cm == nil {
		cm = a.comms.Community(DefaultCommunity)
	}
	if cm == nil {
		return "", ""
	}
	return cm.ID, cm.Language
}

// respond runs the turn and renders its reply. The engine always returns a reply that can be shown; a redelivered
// interaction gets the reply given before.
func (a *Adapter) respond(ctx context.Context, m wegwijzer.Message, lang string, typ discordgo.InteractionResponseType) *discordgo.InteractionResponse {
	ctx, cancel := context.WithTimeout(ctx, a.opts.TurnTimeout)
	defer cancel()
	return &discordgo.InteractionResponse{Type: typ, Data: render(a.turn(ctx, m, lang), lang)}
}
