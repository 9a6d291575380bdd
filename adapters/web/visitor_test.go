package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/web"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

// chatAs sends one turn with the visitor cookie uid ("" = none) and returns the reply and the uid the server set
// ("" = none).
func chatAs(t *testing.T, url, uid, conversation, text string) (*wegwijzer.Reply, string) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"conversation": conversation, "text": text})
	req, _ := http.NewRequest("POST", url+"/api/chat", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	if uid != "" {
		req.AddCookie(&http.Cookie{Name: "wegwijzer_uid", Value: uid})
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r wegwijzer.Reply
	if resp.StatusCode != 200 || json.Unmarshal(raw, &r) != nil {
		t.Fatalf("chat: %d %s", resp.StatusCode, raw)
	}
	set := ""
	for _, c := range resp.Cookies() {
		if c.Name == "wegwijzer_uid" {
			set = c.Value
		}
	}
	return &r, set
}

// TestVisitorIDsCannotBeForged: "vergeet mij" sent with a visitor cookie the server did not issue (a value the
// victim once chose, the random part of the victim's id, or the victim's id with its MAC changed) erases nothing
// of the victim's and gets a new issued id; an issued id still holds across requests. Before, any well-formed
// cookie value was used as the visitor, so the forged one erased the victim's conversations.
func TestVisitorIDsCannotBeForged(t *testing.T) {
	c, i := testsys.Search(t)
	st := testsys.Store(t)
	srv := httptest.NewServer(web.New(bot.New(c, i, st, nil, bot.Options{}), nil, web.Options{}))
	t.Cleanup(srv.Close)
	ctx := context.Background()

	// visitor starts a conversation with cookie uid (kept when the server sets none) and returns its id and uid.
	visitor := func(uid string) (string, string) {
		r, set := chatAs(t, srv.URL, uid, "", "subsidie voor een elektrische bestelbus")
		if set != "" {
			uid = set
		}
		r2, again := chatAs(t, srv.URL, uid, r.Conversation, "Hoe vraag ik dat aan?")
		if again != "" || r2.Conversation != r.Conversation {
			t.Fatalf("an issued uid did not hold: a second turn set uid %q, conversation %q want %q", again, r2.Conversation, r.Conversation)
		}
		return r.Conversation, uid
	}
	chosenConv, _ := visitor("alice") // a value the victim chose (or had from before ids were signed)
	conv, uid := visitor("")
	random := uid // the random part of an issued id
	if parts := strings.Split(uid, "-"); len(parts) == 3 {
		random = parts[1]
	}
	noMAC := uid
	if j := strings.LastIndex(uid, "-"); j > 0 {
		noMAC = uid[:j]
	}
	flipped := uid[:len(uid)-1] + map[bool]string{true: "1", false: "0"}[strings.HasSuffix(uid, "0")]

	for _, tt := range []struct{ name, forged, victim string }{
		{"a value the victim chose", "alice", chosenConv},
		{"the random part of the victim's id", random, conv},
		{"the victim's id with its MAC changed", flipped, conv},
		{"the victim's id without its MAC", noMAC, conv},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, set := chatAs(t, srv.URL, tt.forged, "", "vergeet mij")
			if set == "" || set == tt.forged || set == uid {
				t.Errorf("the server set uid %q for a forged %q, want a new issued one", set, tt.forged)
			}
			if _, err := st.Load(ctx, tt.victim); err != nil {
				t.Errorf("after \"vergeet mij\" with forged uid %q the victim's conversation is gone (%v, erased %v)", tt.forged, err, r.Erased)
			}
		})
	}
	// The victim's own issued uid does erase.
	if r, _ := chatAs(t, srv.URL, uid, "", "vergeet mij"); !r.Erased {
		t.Errorf("\"vergeet mij\" with the issued uid: %q, want erased", r.Text)
	}
	if _, err := st.Load(ctx, conv); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("after the victim's own \"vergeet mij\": %v, want the conversation gone", err)
	}
}
