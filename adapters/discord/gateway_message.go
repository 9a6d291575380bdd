package discord

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/wegwijzer/wegwijzer"
)

// maxThreadName is Discord's limit on a thread's name.
const maxThreadName = 100

// errThreadExists is Discord's JSON error code for a second thread on the same message.
const errThreadExists = 160004

// onMessage answers a direct message, a guild message that mentions the bot, and a message in a thread the bot
// started. Bots (the bot itself included) are ignored; a message id is handled once across replicas.
func (g *Gateway) onMessage(s *discordgo.Session, mc *discordgo.MessageCreate) {
	m := mc.Message
	if m == nil || m.Author == nil || m.Author.Bot {
		return
	}
	bot := g.bot()
	if bot == "" || m.Author.ID == bot {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), g.opts.TurnTimeout+10*g.opts.TurnTimeout/10)
	defer cancel()

	dm := m.GuildID == ""
	mentioned := slices.ContainsFunc(m.Mentions, func(u *discordgo.User) bool { return u != nil && u.ID == bot })
	inOurThread := !dm && !mentioned && g.ourThread(ctx, m.ChannelID)
	if !dm && !mentioned && !inOurThread {
		return
	}
	text := strings.TrimSpace(stripMention(m.Content, bot))
	if text == "" {
		return // a mention without words, or a message whose content the intent does not give us
	}
	first, err := g.seen.MarkSeen(ctx, "discord:msg:"+m.ID, g.opts.SeenTTL)
	if err != nil {
		g.log.Error("discord gateway: cannot record the message id; not answering, Discord may redeliver", "message", m.ID, "err", err)
		return
	}
	if !first {
		g.log.Info("discord gateway: message delivered again", "message", m.ID)
		return
	}

	channel := m.ChannelID
	var conversation string
	switch {
	case dm:
		conversation = "discord:dm:" + m.ChannelID
	case inOurThread:
		conversation = "discord:thread:" + m.ChannelID
	default:
		thread, err := g.startThread(ctx, m, text)
		if err != nil {
			g.log.Error("discord gateway: cannot start a thread", "message", m.ID, "err", err)
			return
		}
		channel, conversation = thread, "discord:thread:"+thread
	}
	community, lang := g.a.community(m.GuildID, m.ChannelID)
	msg := wegwijzer.Message{
		Conversation: conversation,
		User:         "discord:" + m.Author.ID,
		Community:    community,
		Platform:     Platform,
		Text:         text,
		EventID:      m.ID,
		Time:         m.Timestamp,
	}
	send := gatewayMessage(g.a.turn(ctx, msg, lang), lang)
	if dm {
		send.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, FailIfNotExists: boolPtr(false)}
	}
	if _, err := g.s.ChannelMessageSendComplex(channel, send, discordgo.WithContext(ctx)); err != nil {
		g.log.Error("discord gateway: cannot post the reply", "message", m.ID, "err", err)
	}
}

// onInteraction answers a button under a message the gateway posted (components arrive over the gateway when the
// application has no interactions endpoint). Buttons on the ephemeral replies of /wegwijzer keep their per-person
// conversation; buttons in a thread or DM continue that thread's or DM's conversation.
func (g *Gateway) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	in := ic.Interaction
	if in == nil || in.Type != discordgo.InteractionMessageComponent {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), g.opts.TurnTimeout)
	defer cancel()
	var resp *discordgo.InteractionResponse
	var err error
	if in.Message == nil || in.Message.Flags&discordgo.MessageFlagsEphemeral != 0 {
		resp, err = g.a.component(ctx, in)
	} else {
		resp, err = g.threadComponent(ctx, in)
	}
	if err != nil {
		g.log.Info("discord gateway: interaction refused", "interaction", in.ID, "err", err)
		return
	}
	if err := g.s.InteractionRespond(in, resp, discordgo.WithContext(ctx)); err != nil {
		g.log.Error("discord gateway: cannot answer the interaction", "interaction", in.ID, "err", err)
	}
}

// threadComponent continues the conversation of the thread or DM the button's message is in, and replaces that
// message with the next step.
func (g *Gateway) threadComponent(ctx context.Context, in *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	data, ok := in.Data.(discordgo.MessageComponentInteractionData)
	if !ok || data.CustomID == "" || data.ComponentType != discordgo.ButtonComponent {
		return nil, errors.New("discord gateway: only buttons with a custom_id are answered")
	}
	m, lang, err := g.a.message(in)
	if err != nil {
		return nil, err
	}
	m.Option = data.CustomID
	if in.GuildID == "" {
		m.Conversation = "discord:dm:" + in.ChannelID
	} else {
		m.Conversation = "discord:thread:" + in.ChannelID
	}
	send := gatewayMessage(g.a.turn(ctx, m, lang), lang)
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: &discordgo.InteractionResponseData{
		Content: send.Content, Components: send.Components, Embeds: send.Embeds, AllowedMentions: send.AllowedMentions}}, nil
}

// ourThread reports whether the channel is a thread the bot started: from the state cache, else asked of Discord.
func (g *Gateway) ourThread(ctx context.Context, channelID string) bool {
	ch, err := g.s.State.Channel(channelID)
	if err != nil {
		ch, err = g.s.Channel(channelID, discordgo.WithContext(ctx))
		if err != nil {
			return false
		}
		_ = g.s.State.ChannelAdd(ch)
	}
	return ch.IsThread() && ch.OwnerID == g.bot()
}

// startThread starts a thread from the question and returns its id (a thread from a message has the message's id;
// when another replica or an earlier delivery started it already, that one is used).
func (g *Gateway) startThread(ctx context.Context, m *discordgo.Message, text string) (string, error) {
	name := strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(name) > maxThreadName {
		name = string([]rune(name)[:maxThreadName-1]) + "…"
	}
	th, err := g.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{Name: name, AutoArchiveDuration: 1440}, discordgo.WithContext(ctx))
	var rest *discordgo.RESTError
	switch {
	case err == nil:
		return th.ID, nil
	case errors.As(err, &rest) && rest.Message != nil && rest.Message.Code == errThreadExists:
		return m.ID, nil
	}
	return "", err
}

// turn runs one dialogue turn; a reply is always returned (the engine's, or "unavailable").
func (a *Adapter) turn(ctx context.Context, m wegwijzer.Message, lang string) *wegwijzer.Reply {
	reply, err := a.turner.Handle(ctx, m)
	switch {
	case errors.Is(err, wegwijzer.ErrDuplicate):
		a.log.InfoContext(ctx, "discord: delivered again", "event", m.EventID)
	case err != nil:
		a.log.ErrorContext(ctx, "discord: turn failed", "event", m.EventID, "err", err)
	}
	if reply == nil {
		reply = &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: labels.unavailable.in(lang)}
	}
	return reply
}

// gatewayMessage renders a reply as a channel message: as an interaction reply, but visible to the thread and
// never pinging anyone.
func gatewayMessage(r *wegwijzer.Reply, lang string) *discordgo.MessageSend {
	d := render(r, lang)
	return &discordgo.MessageSend{
		Content:         d.Content,
		Components:      d.Components,
		Embeds:          d.Embeds,
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		Flags:           d.Flags &^ discordgo.MessageFlagsEphemeral,
	}
}

// stripMention removes the bot's own mention (<@id> or <@!id>) from a message.
func stripMention(s, bot string) string {
	return strings.NewReplacer("<@"+bot+">", " ", "<@!"+bot+">", " ").Replace(s)
}

func boolPtr(b bool) *bool { return &b }
