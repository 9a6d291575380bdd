package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/discordfake"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

const (
	botID   = "100000000000000001"
	guildID = "200000000000000002"
	chanID  = "300000000000000003"
	dmChan  = "400000000000000004"
	userID  = "500000000000000005"
)

var msgSeq atomic.Int64

func nextSnowflake() string { return fmt.Sprint(600000000000000000 + msgSeq.Add(1)) }

type gatewayHarness struct {
	fake  *discordfake.Server
	g     *Gateway
	turns *countingTurner
}

func newGatewayHarness(t *testing.T, opts GatewayOptions) *gatewayHarness {
	t.Helper()
	fake := discordfake.New("test-token", botID)
	t.Cleanup(fake.Close)
	cat, _ := testsys.Search(t)
	turns := &countingTurner{next: testsys.Engine(t, bot.Options{})}
	opts.Token, opts.APIURL = "test-token", fake.APIURL()
	g, err := NewGateway(turns, cat, testsys.Store(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	if g.Ready() {
		t.Fatal("ready before connecting")
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() { cancel(); g.Close() })
	g.Open(ctx)
	h := &gatewayHarness{fake: fake, g: g, turns: turns}
	h.wait(t, "the session is ready", g.Ready)
	return h
}

func (h *gatewayHarness) wait(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// message is a MESSAGE_CREATE payload as Discord sends it.
func message(id, channel, guild, author, content string, mentionsBot bool) map[string]any {
	m := map[string]any{"id": id, "channel_id": channel, "type": 0, "content": content, "tts": false,
		"timestamp": time.Now().UTC().Format(time.RFC3339), "mention_everyone": false, "pinned": false,
		"author":   map[string]any{"id": author, "username": "ondernemer", "discriminator": "0", "bot": false},
		"mentions": []any{}, "attachments": []any{}, "embeds": []any{}}
	if guild != "" {
		m["guild_id"] = guild
	}
	if mentionsBot {
		m["mentions"] = []any{map[string]any{"id": botID, "username": "wegwijzer", "bot": true}}
	}
	return m
}

func (h *gatewayHarness) postsIn(channel string) []discordfake.Post {
	var out []discordfake.Post
	for _, p := range h.fake.Posts() {
		if p.Channel == channel {
			out = append(out, p)
		}
	}
	return out
}

func TestGatewayConnectsAsDiscordClientsDo(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{ShardID: 1, ShardCount: 2})
	if !slices.Contains(h.fake.Paths(), "GET /api/v10/gateway/bot") {
		t.Errorf("REST calls %v: the gateway address must come from GET {api}gateway/bot", h.fake.Paths())
	}
	ids := h.fake.Identifies()
	if len(ids) != 1 {
		t.Fatalf("identifies = %d, want 1", len(ids))
	}
	var id struct {
		Token   string `json:"token"`
		Intents int    `json:"intents"`
		Shard   []int  `json:"shard"`
	}
	if err := json.Unmarshal(ids[0], &id); err != nil {
		t.Fatal(err)
	}
	want := int(discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages)
	if id.Intents != want || id.Token != "Bot test-token" || !slices.Equal(id.Shard, []int{1, 2}) {
		t.Errorf("identify = %+v, want intents %d (no message content), token with Bot prefix, shard [1 2]", id, want)
	}
	h.wait(t, "a heartbeat was sent", func() bool { _, _, hb := h.fake.Stats(); return hb > 0 })
}

func TestGatewayMessageContentIntentOnlyWhenEnabled(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{MessageContent: true})
	var id struct {
		Intents int `json:"intents"`
	}
	json.Unmarshal(h.fake.Identifies()[0], &id)
	if id.Intents&int(discordgo.IntentMessageContent) == 0 {
		t.Errorf("intents %d lack message content although the operator enabled it", id.Intents)
	}
}

func TestGatewayMentionGetsOneThreadedAnswer(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{})
	id := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(id, chanID, guildID, userID, "<@"+botID+"> subsidie voor een elektrische bestelbus", true))
	h.wait(t, "a reply in the thread", func() bool { return len(h.postsIn(id)) == 1 })
	threads := h.fake.Threads()
	if len(threads) != 1 || threads[0].ID != id || threads[0].Parent != chanID || strings.Contains(threads[0].Name, "<@") {
		t.Errorf("threads = %+v, want one started from the question, named after its words", threads)
	}
	p := h.postsIn(id)[0]
	if am, _ := p.Body["allowed_mentions"].(map[string]any); am == nil || len(am["parse"].([]any)) != 0 {
		t.Errorf("allowed_mentions = %v, want parse: [] (no pings)", p.Body["allowed_mentions"])
	}
	if c, _ := p.Body["content"].(string); c == "" {
		t.Errorf("reply has no content: %v", p.Body)
	}
	if flags, _ := p.Body["flags"].(float64); int(flags)&int(discordgo.MessageFlagsEphemeral) != 0 {
		t.Errorf("a thread reply must not be ephemeral: flags %v", flags)
	}
	// Other channel messages without a mention, the bot's own messages and other bots are ignored.
	h.fake.Dispatch("MESSAGE_CREATE", message(nextSnowflake(), chanID, guildID, userID, "gewoon een gesprek", false))
	h.fake.Dispatch("MESSAGE_CREATE", message(nextSnowflake(), chanID, guildID, botID, "<@"+botID+"> echo", true))
	other := message(nextSnowflake(), chanID, guildID, "700000000000000007", "<@"+botID+"> hallo", true)
	other["author"].(map[string]any)["bot"] = true
	h.fake.Dispatch("MESSAGE_CREATE", other)
	time.Sleep(300 * time.Millisecond)
	if n := len(h.fake.Posts()); n != 1 || h.turns.ran != 1 {
		t.Errorf("posts = %d, turns = %d after ignored messages; want 1 and 1", n, h.turns.ran)
	}
}

func TestGatewayThreadFollowUpContinuesTheConversation(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{MessageContent: true})
	id := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(id, chanID, guildID, userID, "<@"+botID+"> Ik wil mijn bedrijf verduurzamen", true))
	h.wait(t, "the first reply", func() bool { return len(h.postsIn(id)) == 1 })
	// A message in the bot's thread, without a mention, continues the same conversation.
	h.fake.Dispatch("MESSAGE_CREATE", message(nextSnowflake(), id, guildID, userID, "energie besparen", false))
	h.wait(t, "the second reply in the thread", func() bool { return len(h.postsIn(id)) == 2 })
	h.turns.mu.Lock()
	defer h.turns.mu.Unlock()
	if len(h.turns.seen) != 2 || h.turns.seen[0].Conversation != "discord:thread:"+id || h.turns.seen[1].Conversation != h.turns.seen[0].Conversation {
		t.Errorf("conversations %q, want both discord:thread:%s", []string{h.turns.seen[0].Conversation, h.turns.seen[1].Conversation}, id)
	}
	if h.turns.seen[0].User != "discord:"+userID || h.turns.seen[0].Platform != Platform {
		t.Errorf("message = %+v", h.turns.seen[0])
	}
}

func TestGatewayDirectMessageGetsAReply(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{})
	id := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(id, dmChan, "", userID, "Hoe vind ik personeel?", false))
	h.wait(t, "a reply in the DM", func() bool { return len(h.postsIn(dmChan)) == 1 })
	ref, _ := h.postsIn(dmChan)[0].Body["message_reference"].(map[string]any)
	if ref == nil || ref["message_id"] != id {
		t.Errorf("message_reference = %v, want a reply to %s", ref, id)
	}
	if len(h.fake.Threads()) != 0 {
		t.Error("a DM has no threads")
	}
}

func TestGatewayRedeliveryGivesOneReply(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{})
	id := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(id, dmChan, "", userID, "subsidie voor zonnepanelen", false))
	h.wait(t, "the reply", func() bool { return len(h.postsIn(dmChan)) == 1 })
	h.fake.Redeliver()
	time.Sleep(300 * time.Millisecond)
	if n := len(h.postsIn(dmChan)); n != 1 {
		t.Errorf("posts after a redelivery = %d, want 1", n)
	}
}

func TestGatewayResumesAndReplaysWhatWasMissed(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{})
	first := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(first, dmChan, "", userID, "subsidie voor zonnepanelen", false))
	h.wait(t, "the first reply", func() bool { return len(h.postsIn(dmChan)) == 1 })

	// The network fails; a message arrives at Discord meanwhile; discordgo reconnects and resumes.
	h.fake.Drop()
	missed := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(missed, dmChan, "", userID, "hoe vind ik personeel", false))
	h.wait(t, "the session is resumed", func() bool { _, resumed := h.g.Sessions(); return resumed == 1 && h.g.Ready() })
	h.wait(t, "the missed message is answered", func() bool { return len(h.postsIn(dmChan)) == 2 })
	time.Sleep(300 * time.Millisecond)
	if n := len(h.postsIn(dmChan)); n != 2 {
		t.Errorf("posts = %d after the resume, want 2: the replay of the first message must not be answered again", n)
	}
	if identified, _ := h.g.Sessions(); identified != 1 {
		t.Errorf("sessions identified = %d, want 1 (a resume, not a new session)", identified)
	}
}

// TestGatewayNewSessionAfterServerClose documents discordgo's behaviour: after Discord closes the connection,
// discordgo answers with close code 1000, which ends the session; its Resume is refused (op 9) and it identifies
// again. The bot is ready again, and messages sent in the gap are not replayed by Discord.
func TestGatewayNewSessionAfterServerClose(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{})
	h.fake.CloseWith(4000)
	h.wait(t, "a second session", func() bool { identified, _ := h.g.Sessions(); return identified == 2 && h.g.Ready() })
	if resumes, refused, _ := h.fake.Stats(); resumes != 1 || refused != 1 {
		t.Errorf("resumes %d, refused %d; want discordgo to try one resume and Discord to refuse it", resumes, refused)
	}
	id := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(id, dmChan, "", userID, "subsidie voor zonnepanelen", false))
	h.wait(t, "a reply on the new session", func() bool { return len(h.postsIn(dmChan)) == 1 })
}

func TestGatewayButtonContinuesTheThread(t *testing.T) {
	h := newGatewayHarness(t, GatewayOptions{})
	id := nextSnowflake()
	h.fake.Dispatch("MESSAGE_CREATE", message(id, chanID, guildID, userID, "<@"+botID+"> Ik wil mijn bedrijf verduurzamen", true))
	h.wait(t, "the clarifying reply", func() bool { return len(h.postsIn(id)) == 1 })
	var custom string
	for _, row := range h.postsIn(id)[0].Body["components"].([]any) {
		for _, c := range row.(map[string]any)["components"].([]any) {
			if v, _ := c.(map[string]any)["custom_id"].(string); v != "" && custom == "" && !strings.HasPrefix(v, "cmd:") {
				custom = v
			}
		}
	}
	if custom == "" {
		t.Fatalf("the clarifying reply has no option buttons: %v", h.postsIn(id)[0].Body)
	}
	interaction := nextSnowflake()
	h.fake.Dispatch("INTERACTION_CREATE", map[string]any{"id": interaction, "application_id": botID, "type": 3,
		"token": "itoken", "guild_id": guildID, "channel_id": id, "version": 1,
		"member":  map[string]any{"user": map[string]any{"id": userID, "username": "ondernemer"}},
		"message": map[string]any{"id": nextSnowflake(), "channel_id": id, "flags": 0, "author": map[string]any{"id": botID, "bot": true}},
		"data":    map[string]any{"custom_id": custom, "component_type": 2}})
	h.wait(t, "the interaction is answered", func() bool { return len(h.fake.Callbacks()) == 1 })
	cb := h.fake.Callbacks()[0]
	if cb.Interaction != interaction || cb.Body["type"] != float64(discordgo.InteractionResponseUpdateMessage) {
		t.Errorf("callback = %+v, want an update of the message", cb)
	}
	h.turns.mu.Lock()
	defer h.turns.mu.Unlock()
	last := h.turns.seen[len(h.turns.seen)-1]
	if last.Conversation != "discord:thread:"+id || last.Option != custom {
		t.Errorf("button turn = %+v, want the thread's conversation with option %q", last, custom)
	}
}

func TestNewGatewayRefusesBadSettings(t *testing.T) {
	cat, _ := testsys.Search(t)
	e := testsys.Engine(t, bot.Options{})
	st := testsys.Store(t)
	for _, opts := range []GatewayOptions{{}, {Token: "x", ShardID: 2, ShardCount: 2}, {Token: "x", ShardID: -1}} {
		if _, err := NewGateway(e, cat, st, opts); err == nil {
			t.Errorf("NewGateway(%+v) succeeded", opts)
		}
	}
}
