package io.careerledger.command.career;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import io.careerledger.command.framework.FrameworkProperties;
import io.careerledger.events.EmployeeRegistered;

/**
 * Registrations stored before frameworks existed (revision 1) name no framework: everyone was on the
 * organisation's default one, so that is what they load and publish as (revision 2).
 */
@Component
class EmployeeRegisteredUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(EmployeeRegistered.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(EmployeeRegistered.class.getName(), "2");

    private final String defaultFrameworkId;

    EmployeeRegisteredUpcaster(FrameworkProperties frameworks) {
        this.defaultFrameworkId = frameworks.defaultFrameworkId();
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("frameworkId", defaultFrameworkId);
            return payload;
        });
    }
}
