package ru.agentiq.wb.auth;

class InMemoryCredentialStoreTest extends CredentialStoreContract {

    @Override
    protected CredentialStore newStore() {
        return new InMemoryCredentialStore();
    }
}
