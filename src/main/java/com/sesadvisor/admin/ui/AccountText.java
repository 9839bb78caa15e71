package com.sesadvisor.admin.ui;

import com.sesadvisor.security.AccountRefusedException;
import com.sesadvisor.security.Role;

import com.sesadvisor.engine.text.TextKey;
import java.util.ArrayList;
import java.util.List;

/** Compiler-checked key families of the accounts screens (decision 0006): a role's name, a refusal's reason. */
public final class AccountText {

    private AccountText() {
    }

    /** A role's name ("Facilitator"). */
    public static TextKey role(Role r) {
        return () -> "users.role." + r.name();
    }

    /** Why an account change was refused. */
    public static TextKey refused(AccountRefusedException.Reason r) {
        return () -> "users.refused." + r.name();
    }

    /** Every member of every family, for the key test. */
    public static List<TextKey> families() {
        List<TextKey> all = new ArrayList<>();
        for (Role r : Role.values()) {
            all.add(role(r));
        }
        for (AccountRefusedException.Reason r : AccountRefusedException.Reason.values()) {
            all.add(refused(r));
        }
        return all;
    }
}
