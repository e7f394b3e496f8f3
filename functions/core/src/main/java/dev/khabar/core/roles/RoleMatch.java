package dev.khabar.core.roles;

import java.util.List;

/**
 * A job title at tokens [startToken, endToken): its English forms ("CEO", "head of research"; two for "founder and
 * CEO"), whether it names a founder, whether it is only "deputy" (of someone named before: ونائبه), a plural
 * group ("leaders such as …"), "former" and a possessive pronoun ("its CEO", رئيسها التنفيذي).
 */
public record RoleMatch(int startToken, int endToken, List<String> roles, boolean founder, boolean deputyOnly,
                        boolean group, boolean former, boolean possessive) {
    /** The title other than "founder" when there is one (the ROLE fact), else the first. */
    public String mainRole() {
        for (String r : roles) {
            if (!r.equals("founder") && !r.equals("co-founder")) {
                return r;
            }
        }
        return roles.isEmpty() ? null : roles.get(0);
    }
}
