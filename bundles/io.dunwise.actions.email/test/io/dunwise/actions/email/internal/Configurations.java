package io.dunwise.actions.email.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * The handler's typed configuration built directly, as Declarative Services builds it from Configuration Admin:
 * keys as in the .cfg file ({@code tls.trust}), values as texts, every other key its default.
 */
final class Configurations {

    private Configurations() {
    }

    static EmailConfiguration email(Map<String, String> values) {
        return (EmailConfiguration) Proxy.newProxyInstance(EmailConfiguration.class.getClassLoader(),
                new Class<?>[] {EmailConfiguration.class}, (proxy, method, args) -> {
                    String key = method.getName().replace('_', '.');
                    String value = values.get(key);
                    if (value == null) {
                        return method.getDefaultValue();
                    }
                    return method.getReturnType() == int.class ? Integer.valueOf(value) : value;
                });
    }

    static MailSettings settings(Map<String, String> values) {
        return MailSettings.of(email(values), values);
    }
}
