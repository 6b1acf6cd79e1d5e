package io.careerledger.command.personaldata;

/**
 * State that holds personal data outside an event (an aggregate's snapshot): whose key encrypts it.
 * Inside an event, the event's subject is the owner.
 */
public interface PersonalDataOwner {

    String personalDataOwner();
}
