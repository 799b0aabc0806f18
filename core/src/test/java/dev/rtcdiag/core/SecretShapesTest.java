package dev.rtcdiag.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every credential shape a red-team pass found leaking, and the usual ones of the formats read: the secret never survives redaction. */
class SecretShapesTest {

    /** (a line as a log writes it, the secret in it). */
    static List<String[]> shapes() {
        return List.of(
                new String[] {"GET /bigbluebutton/api/join?fullName=Ann&meetingID=m1&password=mp&checksum=1f0e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f HTTP/1.1",
                    "1f0e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f"},
                new String[] {"joining with eyJhbGciOiJIUzI1NiJ9.eyJtZWV0aW5nIjoibTEifQ.Zm9vYmFyYmF6cXV4 now", "eyJtZWV0aW5nIjoibTEifQ"},
                new String[] {"redirect?id_token=eyJraWQiOiJrMSJ9.eyJzdWIiOiJhbm4ifQ.c2ln&state=1", "eyJzdWIiOiJhbm4ifQ"},
                new String[] {"{\"jwt\":\"abc.def.ghi-jwtValue\"}", "jwtValue"},
                new String[] {"iceServers: [{\"urls\":\"turn:turn.example.com:3478\",\"username\":\"1700000000:ann\",\"credential\":\"TuRnCr3d+/x=\"}]", "TuRnCr3d"},
                new String[] {"{urls: 'turns:turn.example.com:443', username: 'u1', credential: 'JsTurnCr3d'}", "JsTurnCr3d"},
                new String[] {"POST /oauth2/v1/access_token access_token=AcC3ssT0ken&refresh_token=R3freshT0ken", "AcC3ssT0ken"},
                new String[] {"POST /oauth2/v1/access_token access_token=AcC3ssT0ken&refresh_token=R3freshT0ken", "R3freshT0ken"},
                new String[] {"{\"access_token\": \"ya29.AcC3ss\", \"refresh_token\": \"1//R3fr3sh\"}", "1//R3fr3sh"},
                new String[] {"GET https://admin:Hunter2pass@api.example.com/v1", "Hunter2pass"},
                new String[] {"connecting wss://user:WsS3cretVal@ws.example.com:8443/ws", "WsS3cretVal"},
                new String[] {"X-Auth: 7f3c1b9d2e4a5f60", "7f3c1b9d2e4a5f60"},
                new String[] {"X-Api-Key: AbCdEf0123456789", "AbCdEf0123456789"},
                new String[] {"oauth client_secret=Cs3cr3tValue&grant_type=client_credentials", "Cs3cr3tValue"},
                new String[] {"url?authToken=AuTh0k3nV4lue&x=1", "AuTh0k3nV4lue"},
                new String[] {"auth_token=at0k3nValue9", "at0k3nValue9"},
                new String[] {"{\"userPassword\":\"Up4ssw0rd!\"}", "Up4ssw0rd!"},
                new String[] {"{\"pwd\": \"PwdV4lue\"}", "PwdV4lue"},
                new String[] {"Cookie: JSESSIONID=CookieV4lue123; path=/", "CookieV4lue123"},
                new String[] {"jdbc mysql://root:MyS3cretDb@db.local:3306/bw", "MyS3cretDb"},
                new String[] {"rtsp://cam:RtspPa55@10.0.0.9/stream", "RtspPa55"},
                new String[] {"aws key AKIAIOSFODNN7EXAMPLE used", "AKIAIOSFODNN7EXAMPLE"},
                new String[] {"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7x\nQk9zZWNyZXRLZXk=\n-----END RSA PRIVATE KEY-----", "Qk9zZWNyZXRLZXk="},
                new String[] {"<password xsi:type=\"xsd:string\">OciP4ss</password>", "OciP4ss"},
                new String[] {"<newPasscode>123456</newPasscode><oldPasscode>654321</oldPasscode>", "123456"},
                new String[] {"<newPasscode>123456</newPasscode><oldPasscode>654321</oldPasscode>", "654321"},
                new String[] {"&lt;password&gt;EscP4ss&lt;/password&gt;", "EscP4ss"},
                new String[] {"Authorization: Digest username=\\\"1002\\\", response=\\\"9d2c4e6f8a0b1c3d\\\"", "9d2c4e6f8a0b1c3d"},
                new String[] {"{\\x22password\\x22:\\x22NgxP4ss\\x22}", "NgxP4ss"},
                new String[] {"password=\"my secret phrase\"", "secret phrase"},
                new String[] {"secret: a;b&c d", "a;b&c"},
                new String[] {"{authToken = VoxT0kenV4l ; credential = VoxCredV4l ; }", "VoxT0kenV4l"},
                new String[] {"{authToken = VoxT0kenV4l ; credential = VoxCredV4l ; }", "VoxCredV4l"},
                new String[] {"headers = {Authorization = Digest username=\"a\", response=\"d1g3stR3sp0nse\" ; }", "d1g3stR3sp0nse"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theSecretIsGone(String line, String secret) {
        assertThat(Redactor.standard().redact(line)).as(line).doesNotContain(secret).contains(Redactor.MASK);
        assertThat(Redactor.none().redact(line)).contains(secret);
    }
}
