package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An incentive claim that documents are judged against: who claims, for which customer and program,
 * and when. Read from a {@code claim.json} with {@link #read(Path)}, or built with {@link #builder()}.
 *
 * <pre>{@code
 * {
 *   "partnerName": "Fabrikam Consulting Ltd",
 *   "partnerId": "4812345",
 *   "partnerDomains": ["fabrikamconsulting.com"],
 *   "customerName": "Contoso Pharmaceuticals Ltd",
 *   "customerAliases": ["Contoso Pharma"],
 *   "customerDomains": ["contosopharma.com"],
 *   "customerTenantId": "6c1f3a9e-2b47-4d8a-9f0e-5a7b3c2d1e40",
 *   "azureSubscriptionIds": ["0b9d4e12-73a5-4c6f-8e21-d4f5a6b7c8d9"],
 *   "program": "AZURE",
 *   "workloads": ["Azure Virtual Machines", "Azure SQL Database"],
 *   "claimDate": "2026-11-30"
 * }
 * }</pre>
 *
 * <p>Required: {@code partnerName}, {@code customerName}, {@code program} ({@code AZURE} or
 * {@code ONLINE_SERVICES}) and {@code claimDate} ({@code YYYY-MM-DD}). The lists may be left out and
 * take a single string too. An unknown key is an error. Immutable and thread-safe.
 *
 * @param partnerName          the partner's company name, as on the claim
 * @param partnerId            the partner's Microsoft partner id (MPN / Partner Center id), or {@code null}
 * @param partnerDomains       the partner's email domains (lower case), so emails name the partner
 * @param customerName         the customer's company name, as on the claim
 * @param customerAliases      other names the documents may use for the customer ("Contoso Pharma")
 * @param customerDomains      the customer's email domains (lower case)
 * @param customerTenantId     the customer's Microsoft Entra tenant id, or {@code null}
 * @param azureSubscriptionIds the customer's Azure subscription ids the claim is about
 * @param program              the incentive program claimed
 * @param workloads            the products or workloads claimed; each must be named in some document
 * @param claimDate            the date the claim is made; acknowledgements must be dated within the 12
 *                             months before it
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"partnerName", "partnerId", "partnerDomains", "customerName", "customerAliases", "customerDomains",
        "customerTenantId", "azureSubscriptionIds", "program", "workloads", "claimDate"})
public record Claim(String partnerName, String partnerId, List<String> partnerDomains, String customerName,
                    List<String> customerAliases, List<String> customerDomains, String customerTenantId,
                    List<String> azureSubscriptionIds, Program program, List<String> workloads, LocalDate claimDate) {

    /** The file that holds an engagement's claim, in the engagement's folder. */
    public static final String FILE_NAME = "claim.json";

    private static final Set<String> KEYS = Arrays.stream(Claim.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /**
     * Checks and normalises: names and ids are stripped, domains and ids lower-cased, domains without a
     * leading {@code @}, blank list entries dropped.
     *
     * @throws IllegalArgumentException when a required field is missing or the program is not claimable
     */
    public Claim {
        partnerName = required(partnerName, "partnerName");
        customerName = required(customerName, "customerName");
        partnerId = optional(partnerId);
        customerTenantId = optional(customerTenantId) == null ? null : customerTenantId.strip().toLowerCase(Locale.ROOT);
        partnerDomains = domains(partnerDomains);
        customerDomains = domains(customerDomains);
        customerAliases = strings(customerAliases);
        azureSubscriptionIds = strings(azureSubscriptionIds).stream().map(id -> id.toLowerCase(Locale.ROOT)).distinct()
                .toList();
        workloads = strings(workloads);
        if (program == null || program == Program.UNKNOWN) {
            throw new IllegalArgumentException("'program' is required: AZURE or ONLINE_SERVICES");
        }
        if (claimDate == null) {
            throw new IllegalArgumentException("'claimDate' is required, as YYYY-MM-DD");
        }
    }

    /** A builder for a claim made in code. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a {@code claim.json}.
     *
     * @throws InvalidClaimException when the file is not a valid claim; the message names the file, the key
     *                               and what is wrong
     * @throws IOException           when the file cannot be read
     */
    public static Claim read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readString(file), file.toString());
    }

    /**
     * Reads a claim from JSON text.
     *
     * @param name what to call the text in messages (a file name)
     * @throws InvalidClaimException when the text is not a valid claim
     */
    public static Claim parse(String json, String name) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidClaimException(name + ": empty; a claim is a JSON object");
            }
            if (!tree.isObject()) {
                throw new InvalidClaimException(name + ": a claim is a JSON object of keys and values");
            }
            for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!KEYS.contains(key)) {
                    throw new InvalidClaimException(name + ": unknown key '" + key + "'" + locate(json, key)
                            + "; known keys: " + String.join(", ", new TreeSet<>(KEYS)));
                }
            }
            return MAPPER.treeToValue(tree, Claim.class);
        } catch (JsonProcessingException e) {
            throw new InvalidClaimException(name + ": " + describe(e), e);
        }
    }

    /** Where a key is written, as " (line L, column C)", or "" when it cannot be found. */
    private static String locate(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:").matcher(json);
        if (!m.find()) {
            return "";
        }
        String before = json.substring(0, m.start());
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        return " (line " + line + ", column " + (m.start() - before.lastIndexOf('\n')) + ")";
    }

    private static String describe(JsonProcessingException e) {
        String where = at(e.getLocation());
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            String key = path(f);
            if (f.getTargetType() == LocalDate.class) {
                return "'" + key + "' must be a date as YYYY-MM-DD, not '" + f.getValue() + "'" + where;
            }
            if (f.getTargetType() == Program.class) {
                return "'" + key + "' must be AZURE or ONLINE_SERVICES, not '" + f.getValue() + "'" + where;
            }
            return "'" + key + "' has a value of the wrong kind: '" + f.getValue() + "'" + where;
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "'" + path(m) + "' has a value of the wrong kind" + where + " (" + m.getOriginalMessage() + ")";
        }
        if (e instanceof MismatchedInputException) {
            return "a claim is a JSON object of keys and values" + where;
        }
        return "not valid JSON" + where + ": " + e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String required(String value, String key) {
        String v = optional(value);
        if (v == null) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return v;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> domains(List<String> values) {
        return strings(values).stream().map(d -> d.startsWith("@") ? d.substring(1) : d)
                .map(d -> d.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Settings for a {@link Claim}. Not thread-safe. */
    public static final class Builder {
        private String partnerName;
        private String partnerId;
        private final List<String> partnerDomains = new ArrayList<>();
        private String customerName;
        private final List<String> customerAliases = new ArrayList<>();
        private final List<String> customerDomains = new ArrayList<>();
        private String customerTenantId;
        private final List<String> azureSubscriptionIds = new ArrayList<>();
        private Program program;
        private final List<String> workloads = new ArrayList<>();
        private LocalDate claimDate;

        private Builder() {
        }

        /** The partner's name and, optionally, its email domains. */
        public Builder partner(String name, String... domains) {
            this.partnerName = name;
            this.partnerDomains.addAll(Arrays.asList(domains));
            return this;
        }

        /** The partner's Microsoft partner id. */
        public Builder partnerId(String id) {
            this.partnerId = id;
            return this;
        }

        /** The customer's name and, optionally, its email domains. */
        public Builder customer(String name, String... domains) {
            this.customerName = name;
            this.customerDomains.addAll(Arrays.asList(domains));
            return this;
        }

        /** Other names the documents may use for the customer. */
        public Builder customerAliases(String... aliases) {
            this.customerAliases.addAll(Arrays.asList(aliases));
            return this;
        }

        /** The customer's tenant id. */
        public Builder customerTenantId(String tenantId) {
            this.customerTenantId = tenantId;
            return this;
        }

        /** The customer's Azure subscription ids. */
        public Builder azureSubscriptionIds(String... ids) {
            this.azureSubscriptionIds.addAll(Arrays.asList(ids));
            return this;
        }

        /** The program claimed. */
        public Builder program(Program program) {
            this.program = program;
            return this;
        }

        /** The workloads claimed. */
        public Builder workloads(String... workloads) {
            this.workloads.addAll(Arrays.asList(workloads));
            return this;
        }

        /** The claim date. */
        public Builder claimDate(LocalDate date) {
            this.claimDate = date;
            return this;
        }

        /**
         * The claim.
         *
         * @throws IllegalArgumentException when a required field is missing
         */
        public Claim build() {
            return new Claim(partnerName, partnerId, partnerDomains, customerName, customerAliases, customerDomains,
                    customerTenantId, azureSubscriptionIds, program, workloads, claimDate);
        }
    }
}
