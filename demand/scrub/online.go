package scrub

import (
	"regexp"
	"strings"
)

// Passes for what identifies someone online: chat mentions, URLs, e-mail addresses, @names and user ids.

// --- chat mentions ---------------------------------------------------------------------------------------------

// Slack <@U123ABC>, <@U123|jan>, Discord <@123456>, <@!123456>, <@&role>, and Slack's <!subteam^S123|@team>.
var reChatMention = regexp.MustCompile(`<@[!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|<!subteam\^[A-Za-z0-9]+(?:\|[^>]*)?>`)

func chatMentions(s string) string { return reChatMention.ReplaceAllLiteralString(s, Mention) }

// --- URLs ------------------------------------------------------------------------------------------------------

var (
	reURL    = regexp.MustCompile(`(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"'|\x60]+`)
	reMailto = regexp.MustCompile(`(?i)\bmailto:[^\s<>|"]+`)
	reTel    = regexp.MustCompile(`(?i)\btel:[^\s<>|"]+`)
)

// profileHosts are sites where the path of a URL names a person.
var profileHosts = []string{"linkedin.com/in", "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com/",
	"wa.me", "t.me", "tiktok.com", "calendly.com", "github.com", "youtube.com/@", "threads.net"}

func urls(s string) string {
	s = reMailto.ReplaceAllLiteralString(s, Email)
	s = reTel.ReplaceAllLiteralString(s, Phone)
	return reURL.ReplaceAllStringFunc(s, func(u string) string {
		trimmed := strings.TrimRight(u, ".,;:!?)]}")
		rest := u[len(trimmed):]
		lower := strings.ToLower(trimmed)
		private := strings.ContainsAny(trimmed, "?#@=&") || strings.Contains(lower, "token") || strings.Contains(lower, "session")
		for _, h := range profileHosts {
			if strings.Contains(lower, h) {
				private = true
			}
		}
		if !private {
			return u
		}
		return URL + rest
	})
}

// --- e-mail ----------------------------------------------------------------------------------------------------

var (
	reEmail = regexp.MustCompile(`[\p{L}\p{N}._%+\-'!#$&*=^{}~/]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`)
	// "jan [at] bedrijf.nl", "jan(at)bedrijf punt nl": written so that scrapers do not see it.
	reEmailObfuscated = regexp.MustCompile(`(?i)[\p{L}\p{N}._%+\-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|\s@\s)\s*[\p{L}\p{N}\-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\)|\sdot\s|\spunt\s)\s*[\p{L}\p{N}\-]+)*\s*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\)|\sdot\s|\spunt\s)\s*(?:nl|be|com|org|net|eu|de|info|io|biz|frl|amsterdam)\b`)
	// A left-over '@' with a domain: "jan@bedrijf" without a top-level domain.
	reEmailBare = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]{2,}`)
)

func emails(s string) string {
	s = reEmail.ReplaceAllLiteralString(s, Email)
	s = reEmailObfuscated.ReplaceAllLiteralString(s, Email)
	return reEmailBare.ReplaceAllLiteralString(s, Email)
}

// --- @mentions, user ids, names --------------------------------------------------------------------------------

var (
	// The name may hold another '@' (e-mail addresses are gone by now): "@00@.0" is one, else the second '@' would
	// read as a name of its own only after the first became a placeholder, and scrubbing again would change it.
	reAtMention = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@\-])(@[\p{L}\p{N}_.\-@]{2,})`)
	// Slack user ids (U or W and 8 to 11 upper-case letters and digits, with at least two digits) and Discord
	// snowflakes (17 to 20 digits).
	reSlackID     = regexp.MustCompile(`\b[UW][A-Z0-9]{8,11}\b`)
	reSnowflake   = regexp.MustCompile(`\b\d{17,20}\b`)
	reUpperDigits = regexp.MustCompile(`\d`)
)

func atMentions(s string) string { return replaceGroup(s, reAtMention, 1, Mention) }

func userIDs(s string) string {
	s = reSlackID.ReplaceAllStringFunc(s, func(m string) string {
		if len(reUpperDigits.FindAllStringIndex(m, -1)) < 2 {
			return m // an upper-case word, not an id
		}
		return UserID
	})
	return reSnowflake.ReplaceAllLiteralString(s, UserID)
}
