package io.dunwise.engine.internal;

import io.dunwise.model.Parameters;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.emf.ecore.resource.Resource;

/** The parameters of a strategy set (R25), written in any file loaded with its strategies; at most one per set. */
final class SetParameters {

    private SetParameters() {
    }

    static Optional<Parameters> of(List<Strategy> strategies) {
        return strategies.stream().map(Strategy::eResource).filter(Objects::nonNull)
                .map(Resource::getResourceSet).filter(Objects::nonNull).findFirst()
                .flatMap(set -> set.getResources().stream()
                        .flatMap(resource -> resource.getContents().stream())
                        .filter(StrategyFile.class::isInstance).map(StrategyFile.class::cast)
                        .flatMap(file -> file.getElements().stream())
                        .filter(Parameters.class::isInstance).map(Parameters.class::cast)
                        .findFirst());
    }
}
