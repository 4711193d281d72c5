package io.dunwise.plugins;

/**
 * A plug-in installed beside Dunwise's own bundles: a feature or bundle from a p2 repository.
 *
 * @param id         the feature's or bundle's id ({@code io.dunwise.example.webhook.feature})
 * @param version    its version
 * @param name       its human name, or the id
 * @param repository the repository it was installed from
 */
public record Plugin(String id, String version, String name, String repository) {
}
