package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"regexp"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

// Conversation ids on the web are issued by the server and cannot be made up: an id is a random part and a MAC
// of it under a server secret ("w-<32 hex>-<32 hex>"). Without the MAC anyone who chose or learned an id could
// continue another visitor's conversation, see what it knows about them and read a community manager's answer.
// A request with an id the server did not issue (made up, malformed, forged, or from before ids were signed)
// never reaches that conversation: /api/chat starts a new one, /api/chat/updates refuses.

// The visitor id in the wegwijzer_uid cookie is issued the same way ("u-<32 hex>-<32 hex>", under keys of its
// own purpose): "vergeet mij" erases everything asked under it, so a visitor id chosen by the client (another
// visitor's value, learned or guessed) must not reach that person's conversations. A cookie the server did not
// issue (made up, forged, malformed, or from before visitor ids were signed) is replaced by a new one.

// An API client (a community site's own chat, a test harness) may also name its conversations itself, as the
// HTTP contract has always allowed: {"conversation":"abc","text":...}. Such an id is the client's own: it is kept
// under a prefix of its own in the store, so it never reaches a conversation the server issued, nor one of Slack or
// Discord ("discord:<guild>:<channel>:<user>" is guessable), and the reply gives the client its own name back. An id
// in the form of an issued one whose MAC does not hold is no own id: it is a forgery or an id of another key, and
// starts a new conversation.

// ownPattern is what a client may name its own conversation.
var ownPattern = regexp.MustCompile(`^[A-Za-z0-9_.:-]{1,128}$`)

// ownID reports whether id is a conversation name the client chose itself.
func ownID(id string) bool {
	return ownPattern.MatchString(id) && !strings.HasPrefix(id, "w-")
}

// ownConversation is the store's id of a conversation the client named.
func ownConversation(id string) string { return "webown:" + id }

// ids issues and verifies ids of one kind (prefix and label); keys[0] signs, every key verifies (the keys before
// a rotation).
type ids struct {
	keys          [][]byte
	prefix, label string
}

// conversationIDs and visitorIDs issue the two kinds of id the web chat hands out.
func conversationIDs(keys [][]byte) ids { return newIDs("w-", "web conversation id", keys) }
func visitorIDs(keys [][]byte) ids      { return newIDs("u-", "web visitor id", keys) }

func newIDs(prefix, label string, keys [][]byte) ids {
	var usable [][]byte
	for _, k := range keys {
		if len(k) > 0 {
			usable = append(usable, k)
		}
	}
	if len(usable) == 0 {
		// A key for this handler alone: its ids hold for as long as it runs, on this replica only.
		k := make([]byte, 32)
		_, _ = rand.Read(k)
		usable = [][]byte{k}
	}
	return ids{keys: usable, prefix: prefix, label: label}
}

// issue returns a new conversation id.
func (s ids) issue() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	r := hex.EncodeToString(b[:])
	return s.prefix + r + "-" + hex.EncodeToString(s.mac(s.keys[0], r))
}

// valid reports whether id is one the server issued (under the current key or one before it).
func (s ids) valid(id string) bool {
	rest, ok := strings.CutPrefix(id, s.prefix)
	if !ok {
		return false
	}
	r, m, ok := strings.Cut(rest, "-")
	if !ok || len(r) != 32 || len(m) != 32 {
		return false
	}
	for _, k := range s.keys {
		// The MAC is compared as the exact text issued, in constant time: an id has one spelling only.
		if hmac.Equal([]byte(m), []byte(hex.EncodeToString(s.mac(k, r)))) {
			return true
		}
	}
	return false
}

func (s ids) mac(key []byte, random string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(s.label + "\x00" + random))
	return h.Sum(nil)[:16]
}

// restartedNote opens the first reply of a conversation started in place of one the server could not find.
var restartedNote = map[string]string{
	"nl": "Ik kon ons eerdere gesprek niet terugvinden, dus we beginnen opnieuw.",
	"en": "I could not find our earlier conversation, so we are starting again.",
}

// restarted is the reply to a turn sent with an id the server did not issue, now the first turn of a new
// conversation: the reply opens with a short note. A button of the old conversation means nothing in the new
// one; that turn gets the note and a request to ask again, not an error.
func restarted(conversation string, reply *wegwijzer.Reply, err error) (*wegwijzer.Reply, error) {
	if wegwijzer.ErrorCode(err) == wegwijzer.EINVALID {
		return &wegwijzer.Reply{Conversation: conversation, Kind: wegwijzer.ReplyInfo, Language: "nl",
			Text: restartedNote["nl"] + " Wil je je vraag opnieuw stellen?"}, nil
	}
	if reply == nil || err != nil && !errors.Is(err, wegwijzer.ErrDuplicate) {
		return reply, err
	}
	note, ok := restartedNote[reply.Language]
	if !ok {
		note = restartedNote["nl"]
	}
	r := *reply
	r.Text = note + "\n\n" + r.Text
	return &r, err
}
