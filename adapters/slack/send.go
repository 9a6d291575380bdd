package slack

import (
	"context"
	"errors"
	"net"
	"time"

	"github.com/slack-go/slack"

	"github.com/wegwijzer/wegwijzer"
)

// maxSendAttempts bounds the tries of one Web API call; the work timeout bounds the time.
const maxSendAttempts = 6

// call runs a Web API call, and again after a rate limit (HTTP 429: wait Retry-After) or a connection that could
// not be made. Those failures mean Slack did nothing, so trying again cannot post a message twice. Any other error
// (a timeout, a 5xx) is returned at once: the message may have arrived, and the delivery's done mark, not a blind
// retry, decides what happens on Slack's redelivery.
func (a *Adapter) call(ctx context.Context, method string, f func(ctx context.Context) error) error {
	b := backoff{min: time.Second, max: 30 * time.Second}
	for attempt := 1; ; attempt++ {
		err := f(ctx)
		if err == nil {
			return nil
		}
		wait, ok := retryable(err, &b)
		if !ok || attempt == maxSendAttempts {
			return err
		}
		if dl, has := ctx.Deadline(); has && time.Until(dl) < wait {
			return err
		}
		a.log.Warn("slack: waiting before trying again", "method", method, "wait", wait, "err", err)
		if err := a.sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// retryable says whether err left Slack untouched, and how long to wait before the next try.
func retryable(err error, b *backoff) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return max(rl.RetryAfter, time.Second), true
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && se.Err == "ratelimited" {
		return b.next(), true
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return b.next(), true
	}
	return 0, false
}

// msgOptions are the options of every message the bot sends.
func msgOptions(m message) []slack.MsgOption {
	return []slack.MsgOption{
		slack.MsgOptionText(m.Text, false),
		slack.MsgOptionBlocks(m.Blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
}

// postInThread posts a message as a reply in a thread.
func (a *Adapter) postInThread(ctx context.Context, channel, thread string, m message) error {
	return a.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, channel, append(msgOptions(m), slack.MsgOptionTS(thread))...)
		return err
	})
}

// post posts a message in a channel.
func (a *Adapter) post(ctx context.Context, channel string, m message) error {
	return a.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, channel, msgOptions(m)...)
		return err
	})
}

// update replaces a message's content.
func (a *Adapter) update(ctx context.Context, channel, ts string, m message) error {
	return a.call(ctx, "chat.update", func(ctx context.Context) error {
		_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts, msgOptions(m)...)
		return err
	})
}

// ephemeral shows a message to one person in a channel.
func (a *Adapter) ephemeral(ctx context.Context, channel, user string, m message) error {
	return a.call(ctx, "chat.postEphemeral", func(ctx context.Context) error {
		_, err := a.api.PostEphemeralContext(ctx, channel, user, msgOptions(m)...)
		return err
	})
}

// respond answers through a response_url: "ephemeral" or "in_channel", replacing the message the
// interaction came from when replace is set.
func (a *Adapter) respond(ctx context.Context, responseURL, responseType string, replace bool, m message) error {
	if linkURL(responseURL) == "" {
		return errors.New("slack: no usable response_url")
	}
	opts := []slack.MsgOption{slack.MsgOptionResponseURL(responseURL, responseType)}
	if replace {
		opts = append(opts, slack.MsgOptionReplaceOriginal(responseURL))
	}
	opts = append(opts, slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...))
	return a.call(ctx, "response_url", func(ctx context.Context) error {
		_, _, _, err := a.api.SendMessageContext(ctx, "", opts...)
		return err
	})
}

// notMember reports whether err says the bot cannot post in the channel (not invited, or a conversation it
// cannot see), where a response_url still works.
func notMember(err error) bool {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "not_in_channel", "channel_not_found", "user_not_in_channel", "is_archived", "restricted_action":
			return true
		}
	}
	return false
}

// threadReply returns the deliver function of a message in a thread.
func (a *Adapter) threadReply(channel, thread, conv, lang string) func(ctx context.Context, r *wegwijzer.Reply) error {
	return func(ctx context.Context, r *wegwijzer.Reply) error {
		return a.postInThread(ctx, channel, thread, render(r, renderOpts{conv: conv, lang: lang}))
	}
}
