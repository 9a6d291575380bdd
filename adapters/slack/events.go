package slack

import (
	"cmp"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/wegwijzer/wegwijzer"
)

// MaxBody is the largest request the HTTP endpoints read; Slack's payloads are far smaller.
const MaxBody = 1 << 20

// envelope is the outer Events API payload, the same over HTTP and inside a Socket Mode events_api envelope.
type envelope struct {
	Type           string          `json:"type"` // url_verification, event_callback, app_rate_limited
	Challenge      string          `json:"challenge"`
	TeamID         string          `json:"team_id"`
	EventID        string          `json:"event_id"`
	Event          json.RawMessage `json:"event"`
	Authorizations []struct {
		TeamID string `json:"team_id"`
		UserID string `json:"user_id"`
		IsBot  bool   `json:"is_bot"`
	} `json:"authorizations"`
}

// event is the inner event of an event_callback: an app_mention or a message.
type event struct {
	Type        string `json:"type"`
	Subtype     string `json:"subtype"`
	User        string `json:"user"`
	BotID       string `json:"bot_id"`
	Text        string `json:"text"`
	TS          string `json:"ts"`
	ThreadTS    string `json:"thread_ts"`
	Channel     string `json:"channel"`
	ChannelType string `json:"channel_type"`
}

// interaction is a block_actions payload: a button pressed.
type interaction struct {
	Type string `json:"type"`
	Team struct {
		ID string `json:"id"`
	} `json:"team"`
	User struct {
		ID string `json:"id"`
	} `json:"user"`
	Channel struct {
		ID string `json:"id"`
	} `json:"channel"`
	Container struct {
		MessageTS   string `json:"message_ts"`
		ChannelID   string `json:"channel_id"`
		ThreadTS    string `json:"thread_ts"`
		IsEphemeral bool   `json:"is_ephemeral"`
	} `json:"container"`
	Message *struct {
		TS       string       `json:"ts"`
		ThreadTS string       `json:"thread_ts"`
		Text     string       `json:"text"`
		Blocks   slack.Blocks `json:"blocks"`
	} `json:"message"`
	ResponseURL string `json:"response_url"`
	TriggerID   string `json:"trigger_id"`
	Actions     []struct {
		ActionID string `json:"action_id"`
		BlockID  string `json:"block_id"`
		Value    string `json:"value"`
		Text     struct {
			Text string `json:"text"`
		} `json:"text"`
	} `json:"actions"`
}

// command is a slash command invocation: form fields over HTTP, a JSON object over Socket Mode.
type command struct {
	TeamID      string `json:"team_id"`
	ChannelID   string `json:"channel_id"`
	UserID      string `json:"user_id"`
	Command     string `json:"command"`
	Text        string `json:"text"`
	ResponseURL string `json:"response_url"`
	TriggerID   string `json:"trigger_id"`
}

// readVerified reads the body and checks its signature; on failure it has answered (401 or 413).
func (a *Adapter) readVerified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if err != nil {
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	if err := a.verifier.Verify(r.Header, body); err != nil {
		a.log.Warn("slack: request refused", "path", r.URL.Path, "err", err)
		http.Error(w, "invalid or missing Slack signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.readVerified(w, r)
	if !ok {
		return
	}
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if env.Type == "url_verification" {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"challenge": env.Challenge})
		return
	}
	if !a.accepting() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable) // Slack retries
		return
	}
	w.WriteHeader(http.StatusOK) // acknowledged; the work follows
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		a.log.Info("slack: event redelivered", "event", env.EventID, "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	a.onEnvelope(&env)
}

// readVerifiedForm reads a verified form-encoded request body; it answers the error itself when it fails.
func (a *Adapter) readVerifiedForm(w http.ResponseWriter, r *http.Request) (url.Values, bool) {
	body, ok := a.readVerified(w, r)
	if !ok {
		return nil, false
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return nil, false
	}
	return form, true
}

func (a *Adapter) serveInteractive(w http.ResponseWriter, r *http.Request) {
	form, ok := a.readVerifiedForm(w, r)
	if !ok {
		return
	}
	var p interaction
	if err := json.Unmarshal([]byte(form.Get("payload")), &p); err != nil {
		http.Error(w, "invalid payload", http.StatusBadRequest)
		return
	}
	if !a.accepting() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.onInteraction(&p)
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request) {
	form, ok := a.readVerifiedForm(w, r)
	if !ok {
		return
	}
	if !a.accepting() {
		http.Error(w, "Wegwijzer start even opnieuw; probeer het zo nog eens.", http.StatusServiceUnavailable)
		return
	}
	// An empty 200 shows nothing; the answer follows as an ephemeral message.
	w.WriteHeader(http.StatusOK)
	a.onCommand(&command{
		TeamID: form.Get("team_id"), ChannelID: form.Get("channel_id"), UserID: form.Get("user_id"),
		Command: form.Get("command"), Text: form.Get("text"), ResponseURL: form.Get("response_url"),
		TriggerID: form.Get("trigger_id"),
	})
}

// onEnvelope takes an acknowledged event_callback and starts its work. It only parses; anything slow (the store,
// the dialogue, Slack) happens in the background.
func (a *Adapter) onEnvelope(env *envelope) {
	if env.Type != "event_callback" {
		if env.Type == "app_rate_limited" {
			a.log.Warn("slack: Slack is dropping events of this app: too many per minute")
		}
		return
	}
	for _, au := range env.Authorizations {
		if au.IsBot && au.UserID != "" {
			if user, _ := a.bot(); user == "" {
				a.setBot(au.UserID, "")
			}
			break
		}
	}
	var ev event
	if err := json.Unmarshal(env.Event, &ev); err != nil {
		a.log.Warn("slack: unreadable event", "event", env.EventID, "err", err)
		return
	}
	botUser, botID := a.bot()
	if ev.BotID != "" || ev.User == "" || ev.User == botUser || (botID != "" && ev.BotID == botID) {
		return // the bot's own messages and other bots': never an answer to a bot
	}
	if ev.Channel == "" || ev.TS == "" {
		return
	}
	team := env.TeamID
	switch ev.Type {
	case "app_mention":
		a.spawn(func(ctx context.Context) {
			a.process(ctx, a.messageJob("mention", team, env.EventID, &ev, botUser))
		})
	case "message":
		switch ev.Subtype {
		case "", "thread_broadcast", "file_share":
		default:
			return // edits, deletions, joins: not questions
		}
		if strings.TrimSpace(plainText(ev.Text, botUser)) == "" {
			return // a file or an empty message: nothing to answer
		}
		if ev.ChannelType == "im" {
			a.spawn(func(ctx context.Context) {
				a.process(ctx, a.messageJob("dm", team, env.EventID, &ev, botUser))
			})
			return
		}
		if ev.ThreadTS == "" || ev.ThreadTS == ev.TS {
			return // channel chatter; a question starts with a mention
		}
		if mentionsOthers(ev.Text, botUser) && (botUser == "" || !strings.Contains(ev.Text, "<@"+botUser)) {
			return // people talking to each other in the bot's thread
		}
		a.spawn(func(ctx context.Context) {
			conv := conversationID(team, ev.Channel, ev.ThreadTS)
			if !a.exists(ctx, conv) {
				return // a thread without Wegwijzer
			}
			a.process(ctx, a.messageJob("thread", team, env.EventID, &ev, botUser))
		})
	}
}

// messageJob is the job of a message: answered in its thread, which is also the conversation.
func (a *Adapter) messageJob(kind, team, eventID string, ev *event, botUser string) job {
	thread := cmp.Or(ev.ThreadTS, ev.TS)
	conv := conversationID(team, ev.Channel, thread)
	community, lang := a.community(team, ev.Channel)
	text := plainText(ev.Text, botUser)
	if text == "" {
		text = "help" // a bare mention: say what the bot can do
	}
	return job{
		kind: kind, key: "msg:" + team + ":" + ev.Channel + ":" + ev.TS, eventID: eventID,
		msg: wegwijzer.Message{
			Conversation: conv, User: userID(team, ev.User), Community: community, Platform: Platform,
			Text: text, EventID: "slack:" + ev.Channel + ":" + ev.TS, Time: tsTime(ev.TS),
		},
		deliver: a.threadReply(ev.Channel, thread, conv, lang),
	}
}

// exists reports whether a conversation is stored; a store failure counts as no (and is logged).
func (a *Adapter) exists(ctx context.Context, conv string) bool {
	_, err := a.store.Load(ctx, conv)
	if err == nil {
		return true
	}
	if wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		a.log.Warn("slack: cannot tell whether a thread is a conversation", "err", err)
	}
	return false
}

// tsTime converts a Slack ts ("1515449522.000016") to a time; zero when it is not one.
func tsTime(ts string) time.Time {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return time.Time{}
	}
	us, _ := strconv.ParseInt((frac + "000000")[:6], 10, 64)
	return time.Unix(s, us*1000)
}

// onInteraction takes an acknowledged button click.
func (a *Adapter) onInteraction(p *interaction) {
	if p.Type != "block_actions" || len(p.Actions) == 0 || p.User.ID == "" {
		return
	}
	act := p.Actions[0]
	team := p.Team.ID
	channel := cmp.Or(p.Channel.ID, p.Container.ChannelID)
	msgTS := p.Container.MessageTS
	if p.Message != nil && msgTS == "" {
		msgTS = p.Message.TS
	}
	if channel == "" || msgTS == "" {
		return
	}
	v, ok := parseButtonValue(act.Value)
	switch {
	case strings.HasPrefix(act.ActionID, actionOption):
	case act.ActionID == actionShare:
	default:
		return // a link button, or not ours
	}
	if !ok || !strings.HasPrefix(v.conv, conversationID(team, channel, "")) {
		a.log.Warn("slack: button value does not belong to this channel", "action", act.ActionID)
		return
	}
	community, lang := a.community(team, channel)
	if act.ActionID == actionShare {
		a.spawn(func(ctx context.Context) { a.share(ctx, p, v, channel, msgTS, lang) })
		return
	}
	// A click is identified by its message and its block: a double click or a redelivery is the same click, and
	// each step of an ephemeral dialogue (same message, new blocks) a new one.
	click := channel + ":" + msgTS + ":" + act.BlockID
	j := job{
		kind: "action", key: "act:" + team + ":" + click,
		msg: wegwijzer.Message{
			Conversation: v.conv, User: userID(team, p.User.ID), Community: community, Platform: Platform,
			Option: v.option, EventID: "slack:act:" + click,
		},
	}
	if p.Container.IsEphemeral || p.Message == nil {
		// An ephemeral answer (from /wegwijzer) cannot be edited with chat.update: its response_url replaces it.
		j.deliver = func(ctx context.Context, r *wegwijzer.Reply) error {
			m := render(r, renderOpts{conv: v.conv, question: v.question, lang: lang, share: shareable(r), step: newStep()})
			return a.respond(ctx, p.ResponseURL, "ephemeral", true, m)
		}
	} else {
		thread := cmp.Or(p.Message.ThreadTS, p.Container.ThreadTS, msgTS)
		blocks, text := p.Message.Blocks.BlockSet, cmp.Or(p.Message.Text, act.Text.Text)
		choice := act.Text.Text
		post := a.threadReply(channel, thread, v.conv, lang)
		j.deliver = func(ctx context.Context, r *wegwijzer.Reply) error {
			// Show the choice in place of the buttons; a failed edit does not stop the answer.
			chosen := message{Text: text, Blocks: chosenBlocks(blocks, choice, cmp.Or(r.Language, lang))}
			if err := a.update(ctx, channel, msgTS, chosen); err != nil {
				a.log.Warn("slack: could not mark the choice", "err", err)
			}
			return post(ctx, r)
		}
	}
	a.spawn(func(ctx context.Context) { a.process(ctx, j) })
}

// shareable reports whether a reply is worth sharing in a channel: an answer, not a question back.
func shareable(r *wegwijzer.Reply) bool {
	return r.Kind == wegwijzer.ReplyAnswer || r.Kind == wegwijzer.ReplyNoMatch
}

// share posts the answer shown in an ephemeral message in the channel, for everyone, and replaces the ephemeral
// message with a confirmation. A double click is shared once (a short lease on the message); a redelivered click
// is shared once (the done mark on its trigger).
func (a *Adapter) share(ctx context.Context, p *interaction, v buttonPayload, channel, msgTS, lang string) {
	if !a.mark(ctx, "slack:lease:share:"+channel+":"+msgTS, min(a.opts.LeaseTTL, 15*time.Second)) ||
		!a.mark(ctx, "slack:done:share:"+p.TriggerID, a.opts.DoneTTL) {
		return
	}
	conv, err := a.store.Load(ctx, v.conv)
	if err != nil || conv.LastReply == nil {
		if err != nil && wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
			a.log.Warn("slack: share: cannot load the answer", "err", err)
		}
		_ = a.respond(ctx, p.ResponseURL, "ephemeral", true, message{Text: labels.gone.in(lang), Blocks: []slack.Block{sectionBlock(labels.gone.in(lang))}})
		return
	}
	r := conv.LastReply
	lang = cmp.Or(r.Language, lang)
	intro := "<@" + p.User.ID + "> " + labels.sharedBy.in(lang)
	if v.question != "" {
		intro += ": _" + safe(v.question) + "_"
	}
	m := render(r, renderOpts{conv: v.conv, lang: lang, intro: intro, noOptions: true})
	err = a.post(ctx, channel, m)
	if notMember(err) {
		err = a.respond(ctx, p.ResponseURL, "in_channel", false, m)
	}
	done := labels.shared.in(lang)
	if err != nil {
		a.log.Error("slack: share failed", "err", err)
		done = labels.shareFailed.in(lang)
	}
	if err := a.respond(ctx, p.ResponseURL, "ephemeral", true, message{Text: done, Blocks: []slack.Block{contextBlock(done)}}); err != nil {
		a.log.Warn("slack: could not replace the ephemeral answer", "err", err)
	}
}

// onCommand takes an acknowledged /wegwijzer: a conversation of its own, answered only to the asker.
func (a *Adapter) onCommand(c *command) {
	if c.TeamID == "" || c.ChannelID == "" || c.UserID == "" || c.TriggerID == "" {
		return
	}
	botUser, _ := a.bot()
	text := plainText(c.Text, botUser)
	if text == "" {
		text = "help"
	}
	community, lang := a.community(c.TeamID, c.ChannelID)
	conv := conversationID(c.TeamID, c.ChannelID, "cmd."+c.TriggerID)
	j := job{
		kind: "command", key: "cmd:" + c.TeamID + ":" + c.TriggerID,
		msg: wegwijzer.Message{
			Conversation: conv, User: userID(c.TeamID, c.UserID), Community: community, Platform: Platform,
			Text: text, EventID: "slack:cmd:" + c.TriggerID,
		},
		deliver: func(ctx context.Context, r *wegwijzer.Reply) error {
			m := render(r, renderOpts{conv: conv, question: text, lang: lang, share: shareable(r), step: newStep()})
			err := a.ephemeral(ctx, c.ChannelID, c.UserID, m)
			if notMember(err) && c.ResponseURL != "" {
				// In a channel the bot was not invited to, only the command's response_url reaches the asker.
				a.log.Info("slack: ephemeral message failed; answering through response_url", "err", err)
				err = a.respond(ctx, c.ResponseURL, "ephemeral", false, m)
			}
			return err
		},
	}
	a.spawn(func(ctx context.Context) { a.process(ctx, j) })
}
