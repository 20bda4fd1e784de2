package org.engagement.core.user;

import org.engagement.core.shared.InvalidInputException;

public class UsernameTakenException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super("username", "The username '" + username + "' is already in use. Choose another.");
    }
}
