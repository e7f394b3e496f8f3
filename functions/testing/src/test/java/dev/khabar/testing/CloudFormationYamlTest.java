package dev.khabar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.emulator.CloudFormationYaml;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shortTagsBecomeTheLongForm() throws Exception {
        JsonNode parsed = CloudFormationYaml.parse("""
                A: !Ref Bucket
                B: !GetAtt Queue.Arn
                C: !Sub "${Bucket.Arn}/*"
                D: !Select [2, !Split ["/", !Ref AWS::StackId]]
                E: !If [IsProd, 5, 3]
                F: plain
                G: 360
                """);
        JsonNode expected = JSON.readTree("""
                {"A": {"Ref": "Bucket"},
                 "B": {"Fn::GetAtt": ["Queue", "Arn"]},
                 "C": {"Fn::Sub": "${Bucket.Arn}/*"},
                 "D": {"Fn::Select": [2, {"Fn::Split": ["/", {"Ref": "AWS::StackId"}]}]},
                 "E": {"Fn::If": ["IsProd", 5, 3]},
                 "F": "plain",
                 "G": 360}
                """);
        assertEquals(expected, parsed);
    }
}
