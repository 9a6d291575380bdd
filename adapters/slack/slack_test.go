package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

const (
	mentionConv = "slack:T0ZWOLLE1:C0VRAGEN1:1715000000.000100"
	mentionTS   = "1715000000.000100"
)

func TestMentionBecomesThreadedReplyWithBlocks(t *testing.T) {
	h := newHarness(t, nil)
	h.event("app_mention.json")

	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies, want 1", len(posts))
	}
	p := posts[0]
	if got, want := p.Form.Get("channel"), "C0VRAGEN1"; got != want {
		t.Errorf("channel = %q, want %q", got, want)
	}
	if got, want := p.Form.Get("thread_ts"), mentionTS; got != want {
		t.Errorf("thread_ts = %q, want %q (the reply belongs in the thread of the question)", got, want)
	}
	if p.Form.Get("text") == "" {
		t.Error("no notification text")
	}
	if p.Form.Get("unfurl_links") != "false" {
		t.Error("offer links unfurl and clutter the thread")
	}
	blocks := blocksOf(t, p)
	if len(blocks) < 2 || blocks[0].(map[string]any)["type"] != "section" {
		t.Fatalf("blocks = %v, want a text section followed by buttons", blocks)
	}
	// "Ik wil mijn bedrijf verduurzamen" is broad: the bot asks back, with options as buttons.
	var options int
	for _, b := range buttonsOf(t, p) {
		if strings.HasPrefix(b.ActionID, actionOption) {
			options++
			if !strings.HasPrefix(b.Value, "v1|"+mentionConv+"|") {
				t.Errorf("button value %q does not carry the conversation %s", b.Value, mentionConv)
			}
		}
	}
	if options == 0 {
		t.Errorf("a clarifying question without option buttons: %s", textOf(t, p))
	}
	conv, err := h.store.Load(context.Background(), mentionConv)
	if err != nil {
		t.Fatalf("conversation %s not stored: %v", mentionConv, err)
	}
	// The store holds a pseudonym, never the platform's user id.
	if conv.Community != "zwolle" || conv.Platform != Platform || !strings.HasPrefix(conv.User, "pseudonym:") || strings.Contains(conv.User, "U0ASKER01") {
		t.Errorf("conversation community %q platform %q user %q, want zwolle, slack and a pseudonym", conv.Community, conv.Platform, conv.User)
	}

	t.Run("an unknown workspace gets the default community", func(t *testing.T) {
		h := newHarness(t, nil)
		body := strings.ReplaceAll(string(mustRead(t, "app_mention.json")), "T0ZWOLLE1", "T0UNKNOWN")
		if rec := h.send("/slack/events", []byte(body)); rec.Code != http.StatusOK {
			t.Fatal(rec.Code)
		}
		h.a.idle()
		if n := len(h.fake.delivered("chat.postMessage")); n != 1 {
			t.Fatalf("got %d replies, want 1", n)
		}
		conv, err := h.store.Load(context.Background(), "slack:T0UNKNOWN:C0VRAGEN1:"+mentionTS)
		if err != nil || conv.Community != "" {
			t.Errorf("conversation %+v (%v), want the default community", conv, err)
		}
	})
}

func TestAcknowledgesBeforeTheWork(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	slow := turnerFunc(func(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
		started <- struct{}{}
		<-release
		return &wegwijzer.Reply{Conversation: m.Conversation, Kind: wegwijzer.ReplyInfo, Text: "klaar"}, nil
	})
	h := newHarness(t, slow)
	begin := time.Now()
	rec := h.send("/slack/events", mustRead(t, "app_mention.json"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", rec.Code)
	}
	if d := time.Since(begin); d > time.Second {
		t.Errorf("acknowledged after %v; Slack gives up after 3 s", d)
	}
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the dialogue never ran")
	}
	if n := len(h.fake.delivered("chat.postMessage")); n != 0 {
		t.Fatalf("%d replies before the dialogue finished", n)
	}
	close(release)
	h.a.idle()
	if n := len(h.fake.delivered("chat.postMessage")); n != 1 {
		t.Fatalf("got %d replies, want 1", n)
	}
}

func TestDirectMessageGetsAnAnswer(t *testing.T) {
	h := newHarness(t, nil)
	h.event("message_im.json")

	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies, want 1", len(posts))
	}
	p := posts[0]
	if p.Form.Get("channel") != "D0DIRECT01" || p.Form.Get("thread_ts") != "1715000100.000300" {
		t.Errorf("reply in %s thread %s, want D0DIRECT01 thread 1715000100.000300", p.Form.Get("channel"), p.Form.Get("thread_ts"))
	}
	var links, feedback int
	for _, b := range buttonsOf(t, p) {
		if b.URL != "" {
			links++
		}
		if strings.HasSuffix(b.Value, "|feedback:yes|") {
			feedback++
		}
	}
	if links == 0 || feedback != 1 {
		t.Errorf("an answer should show offers with link buttons and feedback buttons; got %d links, %d feedback:\n%s", links, feedback, textOf(t, p))
	}
}

func TestThreadFollowUpContinuesTheConversation(t *testing.T) {
	h := newHarness(t, nil)
	h.event("app_mention.json")
	h.event("thread_reply.json") // "energie", in the thread, without a mention

	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 2 {
		t.Fatalf("got %d replies, want 2", len(posts))
	}
	if got := posts[1].Form.Get("thread_ts"); got != mentionTS {
		t.Errorf("follow-up answered in thread %q, want %q", got, mentionTS)
	}
	conv, err := h.store.Load(context.Background(), mentionConv)
	if err != nil {
		t.Fatal(err)
	}
	if conv.Messages != 2 {
		t.Errorf("conversation has %d messages, want 2: the follow-up must continue it", conv.Messages)
	}

	t.Run("not in a thread of the bot", func(t *testing.T) {
		h := newHarness(t, nil)
		h.event("thread_reply.json")
		if n := len(h.fake.attempts("chat.postMessage")); n != 0 {
			t.Errorf("answered %d messages in a thread without Wegwijzer", n)
		}
	})
	t.Run("people talking to each other in the thread", func(t *testing.T) {
		h := newHarness(t, nil)
		h.event("app_mention.json")
		body := strings.Replace(string(mustRead(t, "thread_reply.json")), `"text": "energie"`, `"text": "<@U0COLLEGA> wat vind jij?"`, 1)
		if rec := h.send("/slack/events", []byte(body)); rec.Code != http.StatusOK {
			t.Fatal(rec.Code)
		}
		h.a.idle()
		if n := len(h.fake.attempts("chat.postMessage")); n != 1 {
			t.Errorf("got %d replies, want only the first: a message to a colleague is not for the bot", n)
		}
	})
	t.Run("channel message without a mention", func(t *testing.T) {
		h := newHarness(t, nil)
		body := strings.Replace(string(mustRead(t, "thread_reply.json")), `"thread_ts": "1715000000.000100",`, ``, 1)
		if rec := h.send("/slack/events", []byte(body)); rec.Code != http.StatusOK {
			t.Fatal(rec.Code)
		}
		h.a.idle()
		if n := len(h.fake.attempts("chat.postMessage")); n != 0 {
			t.Errorf("answered %d channel messages that did not mention the bot", n)
		}
	})
}

func TestButtonClickGivesTheNextDialogueStep(t *testing.T) {
	h := newHarness(t, nil)
	h.event("app_mention.json")
	question := h.fake.delivered("chat.postMessage")[0]
	var option button
	for _, b := range buttonsOf(t, question) {
		if strings.HasPrefix(b.ActionID, actionOption) {
			option = b
			break
		}
	}
	if option.Value == "" {
		t.Fatal("no option button to click")
	}
	h.click("block_actions.json", question, option, "click1")

	updates := h.fake.delivered("chat.update")
	if len(updates) != 1 || updates[0].TS != question.TS {
		t.Fatalf("got %d chat.update calls (want 1, on ts %s)", len(updates), question.TS)
	}
	for _, b := range buttonsOf(t, updates[0]) {
		if strings.HasPrefix(b.ActionID, actionOption) {
			t.Errorf("the clicked message still has option button %q", b.Text)
		}
	}
	if got := textOf(t, updates[0]); !strings.Contains(got, "Gekozen: *"+option.Text+"*") {
		t.Errorf("the clicked message does not show the choice %q:\n%s", option.Text, got)
	}
	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 2 {
		t.Fatalf("got %d messages, want the question and the next step", len(posts))
	}
	if posts[1].Form.Get("thread_ts") != mentionTS {
		t.Errorf("next step in thread %q, want %q", posts[1].Form.Get("thread_ts"), mentionTS)
	}
	if textOf(t, posts[1]) == textOf(t, question) {
		t.Error("the next step repeats the question")
	}
	conv, err := h.store.Load(context.Background(), mentionConv)
	if err != nil || conv.Messages != 2 {
		t.Fatalf("conversation after the click: %v, %v; want 2 messages", conv, err)
	}

	t.Run("a double click answers once", func(t *testing.T) {
		h.click("block_actions.json", question, option, "click2")
		if n := len(h.fake.delivered("chat.postMessage")); n != 2 {
			t.Errorf("got %d messages after a second click on the same message, want 2", n)
		}
	})
	t.Run("a link button is not a dialogue step", func(t *testing.T) {
		link := button{ActionID: actionLink + "0", Value: "", Text: "Bekijk", URL: "https://www.rvo.nl/"}
		h.click("block_actions.json", posts[1], link, "click3")
		if n := len(h.fake.delivered("chat.postMessage")); n != 2 {
			t.Errorf("a link click produced a message")
		}
	})
	t.Run("a value of another channel is refused", func(t *testing.T) {
		forged := option
		forged.Value = strings.Replace(option.Value, "C0VRAGEN1", "C0ANDERS1", 1)
		h.click("block_actions.json", posts[1], forged, "click4")
		if n := len(h.fake.delivered("chat.postMessage")); n != 2 {
			t.Errorf("a button value of another channel continued a dialogue")
		}
	})
}

func TestSlashCommandAnswersOnlyTheAskerWithAShareButton(t *testing.T) {
	h := newHarness(t, nil)
	h.command("subsidie voor een elektrische bestelbus")

	if n := len(h.fake.attempts("chat.postMessage")); n != 0 {
		t.Fatalf("%d public messages; a slash command is answered to the asker only", n)
	}
	eph := h.fake.delivered("chat.postEphemeral")
	if len(eph) != 1 {
		t.Fatalf("got %d ephemeral messages, want 1", len(eph))
	}
	if eph[0].Form.Get("user") != "U0ASKER03" || eph[0].Form.Get("channel") != "C0VRAGEN1" {
		t.Errorf("ephemeral to %s in %s, want U0ASKER03 in C0VRAGEN1", eph[0].Form.Get("user"), eph[0].Form.Get("channel"))
	}
	if got := textOf(t, eph[0]); !strings.Contains(got, "Je vraag: _subsidie voor een elektrische bestelbus_") {
		t.Errorf("the answer does not repeat the question:\n%s", got)
	}
	var share button
	for _, b := range buttonsOf(t, eph[0]) {
		if b.ActionID == actionShare {
			share = b
		}
	}
	if share.Value == "" {
		t.Fatalf("no share button:\n%s", textOf(t, eph[0]))
	}

	posted := eph[0]
	posted.TS = "1715000200.000500"
	h.click("block_actions_ephemeral.json", posted, share, "share1")
	pub := h.fake.delivered("chat.postMessage")
	if len(pub) != 1 {
		t.Fatalf("got %d messages in the channel after share, want 1", len(pub))
	}
	if pub[0].Form.Get("channel") != "C0VRAGEN1" || pub[0].Form.Get("thread_ts") != "" {
		t.Errorf("shared in %s thread %q, want the channel itself", pub[0].Form.Get("channel"), pub[0].Form.Get("thread_ts"))
	}
	if got := textOf(t, pub[0]); !strings.Contains(got, "<@U0ASKER03> deelde een antwoord") || !strings.Contains(got, "elektrische bestelbus") {
		t.Errorf("the shared answer does not say who shared it and what was asked:\n%s", got)
	}
	for _, b := range buttonsOf(t, pub[0]) {
		if b.URL == "" {
			t.Errorf("the shared copy has a dialogue button %q; only links belong there", b.Text)
		}
	}
	hooks := h.fake.delivered("response_url")
	if len(hooks) != 1 || hooks[0].JSON["replace_original"] != true || !strings.Contains(textOf(t, hooks[0]), "Gedeeld") {
		t.Errorf("the ephemeral answer was not replaced by a confirmation: %v", hooks)
	}

	t.Run("a click on an ephemeral question continues privately", func(t *testing.T) {
		h := newHarness(t, nil)
		h.command("Ik wil mijn bedrijf verduurzamen")
		eph := h.fake.delivered("chat.postEphemeral")[0]
		eph.TS = "1715000200.000500"
		var option button
		for _, b := range buttonsOf(t, eph) {
			if strings.HasPrefix(b.ActionID, actionOption) {
				option = b
				break
			}
		}
		h.click("block_actions_ephemeral.json", eph, option, "eph1")
		hooks := h.fake.delivered("response_url")
		if len(hooks) != 1 {
			t.Fatalf("got %d response_url calls, want 1", len(hooks))
		}
		if hooks[0].JSON["replace_original"] != true || hooks[0].JSON["response_type"] != "ephemeral" {
			t.Errorf("response_url call %v, want an ephemeral replacement", hooks[0].JSON)
		}
		if !strings.Contains(textOf(t, hooks[0]), "Je vraag: _Ik wil mijn bedrijf verduurzamen_") {
			t.Errorf("the next step lost the question:\n%s", textOf(t, hooks[0]))
		}
		if n := len(h.fake.attempts("chat.postMessage")); n != 0 {
			t.Errorf("%d public messages from a private dialogue", n)
		}

		// The ephemeral message keeps its ts when it is replaced: a double click is still one click, and the
		// next step's buttons still work.
		h.click("block_actions_ephemeral.json", eph, option, "eph2")
		if n := len(h.fake.delivered("response_url")); n != 1 {
			t.Errorf("a double click gave %d steps, want 1", n)
		}
		step := hooks[0]
		step.TS = eph.TS
		var next button
		for _, b := range buttonsOf(t, step) {
			if strings.HasPrefix(b.ActionID, actionOption) {
				next = b
				break
			}
		}
		if next.Value == "" {
			t.Fatalf("the second step has no buttons:\n%s", textOf(t, step))
		}
		h.click("block_actions_ephemeral.json", step, next, "eph3")
		if n := len(h.fake.delivered("response_url")); n != 2 {
			t.Errorf("the second step's click gave %d steps in all, want 2", n)
		}
		conv, err := h.store.Load(context.Background(), strings.Split(option.Value, "|")[1])
		if err != nil || conv.Messages != 3 {
			t.Errorf("the private conversation has %v messages (%v), want 3", conv, err)
		}
	})
	t.Run("in a channel without the bot the response_url answers", func(t *testing.T) {
		h := newHarness(t, nil)
		h.fake.failWith("chat.postEphemeral", "channel_not_found")
		h.command("subsidie voor een elektrische bestelbus")
		hooks := h.fake.delivered("response_url")
		if len(hooks) != 1 || hooks[0].JSON["response_type"] != "ephemeral" {
			t.Fatalf("response_url calls %v, want one ephemeral answer", hooks)
		}
	})
	t.Run("sharing where the bot is not invited goes through the response_url", func(t *testing.T) {
		h := newHarness(t, nil)
		h.command("subsidie voor een elektrische bestelbus")
		eph := h.fake.delivered("chat.postEphemeral")[0]
		eph.TS = "1715000200.000500"
		var share button
		for _, b := range buttonsOf(t, eph) {
			if b.ActionID == actionShare {
				share = b
			}
		}
		h.fake.failWith("chat.postMessage", "not_in_channel")
		h.click("block_actions_ephemeral.json", eph, share, "share2")
		hooks := h.fake.delivered("response_url")
		if len(hooks) != 2 || hooks[0].JSON["response_type"] != "in_channel" || hooks[1].JSON["replace_original"] != true {
			t.Fatalf("response_url calls %v, want the answer in the channel, then the confirmation", hooks)
		}
		h.click("block_actions_ephemeral.json", eph, share, "share2") // redelivered: same trigger
		if n := len(h.fake.delivered("response_url")); n != 2 {
			t.Errorf("a redelivered share click shared again (%d response_url calls)", n)
		}
	})
	t.Run("empty command shows help", func(t *testing.T) {
		h := newHarness(t, nil)
		h.command("")
		if n := len(h.fake.delivered("chat.postEphemeral")); n != 1 {
			t.Fatalf("got %d answers, want 1", n)
		}
	})
}

func TestIgnoresItsOwnAndOtherBotsMessages(t *testing.T) {
	called := 0
	count := turnerFunc(func(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
		called++
		return &wegwijzer.Reply{Kind: wegwijzer.ReplyInfo, Text: "x"}, nil
	})
	for _, fixture := range []string{"own_message.json", "bot_message.json"} {
		t.Run(fixture, func(t *testing.T) {
			h := newHarness(t, count)
			// Make the thread a conversation, so that only the bot check can keep the message out.
			if _, err := h.engine.Handle(context.Background(), wegwijzer.Message{Conversation: mentionConv, Text: "hallo", Platform: Platform}); err != nil {
				t.Fatal(err)
			}
			h.event(fixture)
			if called != 0 || len(h.fake.attempts("chat.postMessage")) != 0 {
				t.Errorf("answered a bot's message")
			}
		})
	}
}

func TestURLVerificationIsAnswered(t *testing.T) {
	h := newHarness(t, nil)
	rec := h.send("/slack/events", mustRead(t, "url_verification.json"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var got struct{ Challenge string }
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || got.Challenge != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("answer %q, want the challenge", rec.Body)
	}
}
