package io.dunwise.dsl;

/** Sets the strategy language up outside Eclipse's extension registry (command line, tests, OSGi services). */
public class DunwiseStandaloneSetup extends DunwiseStandaloneSetupGenerated {

    public static void doSetup() {
        new DunwiseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
