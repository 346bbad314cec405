package io.rolecall.core.port;

import io.rolecall.core.model.Message;

/**
 * A channel beside email that delivers messages: Slack, Teams, Jira. Core claims each message's key
 * before {@link #deliver} and marks it delivered after, so an adapter sends exactly what it is given,
 * once, and says how it went with its exceptions.
 */
public interface MessageChannel {

    /** The channel's name in keys, records and messages: {@code slack}. */
    String name();

    /**
     * @return where it went (the Slack user or channel id) and the id the channel gave the message
     * @throws RecipientUnknownException the channel does not know the person: counted, never an error
     * @throws ChannelRefusedException   the channel cannot work at all (a refused token, a missing scope,
     *                                   a channel the app is not in): nothing more is sent on it this run
     * @throws DeliveryFailedException   this message did not go (throttled past the wait, a server error):
     *                                   a later run tries again
     */
    Delivered deliver(Message message);

    /** @param recipient the channel's own id of whom it went to; @param externalId its id of the message */
    record Delivered(String recipient, String externalId) {
    }

    /** The person has no account on the channel. */
    final class RecipientUnknownException extends RuntimeException {
        public RecipientUnknownException(String message) {
            super(message);
        }
    }

    /** The channel cannot deliver anything until its setup is fixed; the message says what to fix. */
    final class ChannelRefusedException extends RuntimeException {
        public ChannelRefusedException(String message) {
            super(message);
        }
    }

    /** One message could not be delivered this time. */
    final class DeliveryFailedException extends RuntimeException {
        public DeliveryFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
